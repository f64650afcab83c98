// The claims list's filters and sort: a plain GET form, so every filtered list is a link.
import type { ReactNode } from "react";
import { STATE_LABELS } from "@/lib/domain/claims/claim-workflow";
import { assigneeOptions, FilterSelect, priorityOptions } from "@/components/filters/FilterSelect";
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
        <FilterSelect
          id="filter-state"
          label="State"
          name="state"
          value={values.state}
          any="Any state"
          options={LIST_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }))}
        />
      )}
      <FilterSelect
        id="filter-assignee"
        label="Assignee"
        name="assignee"
        value={values.assignee}
        any="Anyone"
        options={assigneeOptions(members)}
      />
      <FilterSelect
        id="filter-priority"
        label="Priority"
        name="priority"
        value={values.priority}
        any="Any priority"
        options={priorityOptions}
      />
      <div className="field">
        <label htmlFor="filter-due-before">Due before</label>
        <input id="filter-due-before" name="dueBefore" type="date" defaultValue={values.dueBefore ?? ""} />
      </div>
      {show.rating && (
        <FilterSelect
          id="filter-rating"
          label="Rating"
          name="rating"
          value={values.rating}
          any="Any rating"
          options={ratings.map((rating) => ({ value: rating, label: rating }))}
        />
      )}
      {show.published && (
        <div className="field">
          <label htmlFor="filter-published">Published in</label>
          <input id="filter-published" name="published" type="month" placeholder="2026-05" defaultValue={values.published ?? ""} />
        </div>
      )}
      <FilterSelect
        id="filter-sort"
        label="Sort by"
        name="sort"
        value={values.sort}
        fallback="due"
        options={CLAIM_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
      />
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
