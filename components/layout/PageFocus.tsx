"use client";
// After a navigation (signing in, opening a page) focus starts in the page, not on the body:
// on what the page marks as the result of the last step ([data-focus-first]), else its heading.
// Pages may stream in after the address changed (a loading state first), so it watches the main
// region for a few seconds. Never takes focus from wherever the person has already moved it.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

const WATCH_MS = 5_000;

/** Focuses the page's starting point when nothing has focus; true once it did. */
function focusPage(): boolean {
  if (document.activeElement && document.activeElement !== document.body) return false;
  const target =
    document.querySelector<HTMLElement>("main [data-focus-first]") ?? document.querySelector<HTMLElement>("main h1:not([data-loading])");
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}

export function PageFocus() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    // The previous page's control (the Sign in button…) may still hold focus until the new page
    // replaces it: keep watching rather than deciding at once.
    if (focusPage()) return;
    const main = document.querySelector("main");
    if (!main) return;
    const observer = new MutationObserver(() => focusPage() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), WATCH_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname, search]);
  return null;
}
