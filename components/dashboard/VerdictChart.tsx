// Verdicts published per month by rating: a stacked bar chart for the eye (hidden from assistive
// tech) above a real table with the same numbers, each a link to the claims behind it.
import Link from "next/link";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { monthLabel } from "@/lib/domain/dashboard/stats";
import { claimListHref } from "@/lib/schemas/claim-list";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";

const WIDTH = 600;
const HEIGHT = 200;
const FALLBACK = "#8a8f98";

export function VerdictChart({ verdicts }: { verdicts: Dashboard["verdicts"] }) {
  const max = Math.max(1, ...verdicts.months.map((m) => m.total));
  const band = WIDTH / verdicts.months.length;
  const total = verdicts.months.reduce((sum, m) => sum + m.total, 0);
  return (
    <figure className="verdict-chart">
      <figcaption>Verdicts published in the last 12 months, by rating{total ? "" : ": none yet"}.</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} aria-hidden="true" focusable="false" className="verdict-chart__svg">
        {verdicts.months.map((month, i) => {
          let y = HEIGHT;
          return (
            <g key={month.month}>
              {month.counts.map((n, r) => {
                const h = (n / max) * (HEIGHT - 10);
                y -= h;
                return n ? (
                  <rect
                    key={r}
                    x={i * band + 6}
                    y={y}
                    width={band - 12}
                    height={h}
                    fill={verdicts.colors.get(verdicts.ratings[r]!) ?? FALLBACK}
                    stroke="#fff"
                  />
                ) : null;
              })}
              <text x={i * band + band / 2} y={HEIGHT + 15} textAnchor="middle" fontSize="11">
                {monthLabel(month.month).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollArea label="Verdicts by month and rating">
        <table className="data-table numbers-table">
          <caption className="visually-hidden">Verdicts published per month, by rating</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {verdicts.ratings.map((rating) => (
                <th scope="col" key={rating}>
                  <span className="swatch" style={{ background: verdicts.colors.get(rating) ?? FALLBACK }} aria-hidden="true" /> {rating}
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {verdicts.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month)}</th>
                {month.counts.map((n, r) => (
                  <td key={r}>
                    {n ? (
                      <Link
                        href={claimListHref("/claims", { published: month.month, rating: verdicts.ratings[r] })}
                        aria-label={`${n} rated ${verdicts.ratings[r]} in ${monthLabel(month.month)}`}
                      >
                        {n}
                      </Link>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                ))}
                <td>
                  {month.total ? (
                    <Link
                      href={claimListHref("/claims", { published: month.month })}
                      aria-label={`${month.total} published in ${monthLabel(month.month)}`}
                    >
                      {month.total}
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </figure>
  );
}
