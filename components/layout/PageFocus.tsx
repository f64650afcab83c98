"use client";
// After a navigation (signing in, opening a page) focus starts in the page, not on the body:
// on what the page marks as the result of the last step ([data-focus-first]), else its heading.
// Never taken from wherever the person has already moved it.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

export function PageFocus() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = document.querySelector<HTMLElement>("main [data-focus-first]") ?? document.querySelector<HTMLElement>("main h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [pathname, search]);
  return null;
}
