// Claims by assignee and state: every count links to the claims list with the same filters.
import Link from "next/link";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { type ClaimState, STATE_LABELS } from "@/lib/domain/claims/claim-workflow";
import { claimListHref } from "@/lib/schemas/claim-list";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";

// Each link names its count in full ("3 approved claims, Rita Reviewer"): read alone, "3" says nothing.
const claims = (n: number, state?: ClaimState) => `${n} ${state ? `${STATE_LABELS[state].toLowerCase()} ` : ""}claim${n === 1 ? "" : "s"}`;
const count = (n: number, href: string, label: string) =>
  n ? (
    <Link href={href} aria-label={label}>
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
                    {count(row.counts[i]!, claimListHref("/claims", { state, assignee }), `${claims(row.counts[i]!, state)}, ${row.name}`)}
                  </td>
                ))}
                <td>{count(row.total, claimListHref("/claims", { assignee }), `${claims(row.total)}, ${row.name}`)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Everyone</th>
            {states.map((state, i) => (
              <td key={state}>
                {count(table.totals[i]!, claimListHref("/claims", { state }), `${claims(table.totals[i]!, state)}, everyone`)}
              </td>
            ))}
            <td>{count(table.total, "/claims", `${claims(table.total)} in all`)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollArea>
  );
}
