// Claims by assignee and state: every count links to the claims list with the same filters.
import Link from "next/link";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { type ClaimState, STATE_LABELS } from "@/lib/domain/claims/claim-workflow";
import { claimListHref } from "@/lib/schemas/claim-list";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";

const count = (n: number, href: string, what: string) =>
  n ? (
    <Link href={href} aria-label={`${n} ${what}`}>
      {n}
    </Link>
  ) : (
    <span className="muted">0</span>
  );

export function StateAssigneeTable({ table, states }: { table: Dashboard["byState"]; states: readonly ClaimState[] }) {
  if (!table.total) return <p className="empty-state">No claims yet.</p>;
  return (
    <ScrollArea label="Claims by state and assignee">
      <table className="data-table numbers-table">
        <caption className="visually-hidden">Claims by assignee and state</caption>
        <thead>
          <tr>
            <th scope="col">Assignee</th>
            {states.map((state) => (
              <th scope="col" key={state}>
                {STATE_LABELS[state]}
              </th>
            ))}
            <th scope="col">All states</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const assignee = row.assigneeId ?? "nobody";
            return (
              <tr key={assignee}>
                <th scope="row">{row.name}</th>
                {states.map((state, i) => (
                  <td key={state}>
                    {count(
                      row.counts[i]!,
                      claimListHref("/claims", { state, assignee }),
                      `${STATE_LABELS[state].toLowerCase()} claims assigned to ${row.name}`,
                    )}
                  </td>
                ))}
                <td>{count(row.total, claimListHref("/claims", { assignee }), `claims assigned to ${row.name}`)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Everyone</th>
            {states.map((state, i) => (
              <td key={state}>
                {count(table.totals[i]!, claimListHref("/claims", { state }), `${STATE_LABELS[state].toLowerCase()} claims`)}
              </td>
            ))}
            <td>{count(table.total, "/claims", "claims in all")}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollArea>
  );
}
