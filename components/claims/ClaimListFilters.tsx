// The claims list's filters and sort: a plain GET form, so every filtered list is a link.
import type { ReactNode } from "react";
import { STATE_LABELS } from "@/lib/domain/claims/claim-workflow";
import { PRIORITY_LABELS, PRIORITY_ORDER } from "@/lib/domain/claims/desk-fields";
import { CLAIM_SORTS, type ClaimSort, LIST_STATES } from "@/lib/schemas/claim-list";

export const SORT_LABELS: Record<ClaimSort, string> = {
  due: "Due date, soonest first",
  priority: "Priority, highest first",
  assignee: "Assignee",
  updated: "Last change, newest first",
  oldest: "Waiting longest first",
  state: "State",
};

type Values = Partial<
  Record<"state" | "assignee" | "overdue" | "dueBefore" | "priority" | "rating" | "published" | "sort" | "article", string>
>;
type Props = {
  action: string;
  values: Values;
  members: { id: string; name: string }[];
  ratings: string[];
  show?: { state?: boolean; rating?: boolean; published?: boolean };
  /** Filters of the page's own (the review queue's article), placed first. */
  children?: ReactNode;
};

export function ClaimListFilters({
  action,
  values,
  members,
  ratings,
  show = { state: true, rating: true, published: true },
  children,
}: Props) {
  return (
    <form className="filter-form" method="get" action={action} aria-label="Filter and sort">
      {children}
      {show.state && (
        <div className="field">
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" name="state" defaultValue={values.state ?? ""}>
            <option value="">Any state</option>
            {LIST_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="filter-assignee">Assignee</label>
        <select id="filter-assignee" name="assignee" defaultValue={values.assignee ?? ""}>
          <option value="">Anyone</option>
          <option value="nobody">Nobody</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-priority">Priority</label>
        <select id="filter-priority" name="priority" defaultValue={values.priority ?? ""}>
          <option value="">Any priority</option>
          {PRIORITY_ORDER.map((priority) => (
            <option key={priority} value={priority}>
              {PRIORITY_LABELS[priority]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-due-before">Due before</label>
        <input id="filter-due-before" name="dueBefore" type="date" defaultValue={values.dueBefore ?? ""} />
      </div>
      {show.rating && (
        <div className="field">
          <label htmlFor="filter-rating">Rating</label>
          <select id="filter-rating" name="rating" defaultValue={values.rating ?? ""}>
            <option value="">Any rating</option>
            {ratings.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {show.published && (
        <div className="field">
          <label htmlFor="filter-published">Published in</label>
          <input id="filter-published" name="published" type="month" placeholder="2026-05" defaultValue={values.published ?? ""} />
        </div>
      )}
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={values.sort ?? "due"}>
          {CLAIM_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input id="filter-overdue" name="overdue" type="checkbox" value="1" defaultChecked={values.overdue === "1"} />
        <label htmlFor="filter-overdue">Only overdue</label>
      </div>
      <button type="submit" className="button button--quiet">
        Apply filters
      </button>
    </form>
  );
}
