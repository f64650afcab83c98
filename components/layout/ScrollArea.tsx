import type { ReactNode } from "react";

/**
 * A wide table scrolls inside itself instead of making the page scroll sideways (phones). Focusable
 * and named, so a keyboard can scroll it too.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-area" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
