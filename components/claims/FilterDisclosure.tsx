import type { ReactNode } from "react";

/**
 * A list's filter form behind "Filter and sort": one Tab stop and one line on a phone until it is
 * wanted, open whenever a filter is in use (so the page shows what it is filtered by).
 */
export function FilterDisclosure({ open, children }: { open: boolean; children: ReactNode }) {
  return (
    <details className="filter-disclosure" open={open}>
      <summary>Filter and sort</summary>
      {children}
    </details>
  );
}
