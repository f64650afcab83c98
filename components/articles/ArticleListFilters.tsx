// The articles list's filters and sort: a plain GET form, so it works without JavaScript.
import { assigneeOptions, FilterSelect, priorityOptions } from "@/components/filters/FilterSelect";

type Values = Partial<Record<"assignee" | "priority" | "dueBefore" | "overdue" | "status" | "sort", string>>;

export function ArticleListFilters({ values, members }: { values: Values; members: { id: string; name: string }[] }) {
  return (
    <form className="filter-form" method="get" action="/articles" aria-label="Filter and sort articles">
      <FilterSelect
        id="articles-assignee"
        label="Open claims assigned to"
        name="assignee"
        value={values.assignee}
        any="Anyone"
        options={assigneeOptions(members)}
      />
      <FilterSelect
        id="articles-priority"
        label="Highest priority"
        name="priority"
        value={values.priority}
        any="Any priority"
        options={priorityOptions}
      />
      <div className="field">
        <label htmlFor="articles-due-before">A claim due before</label>
        <input id="articles-due-before" name="dueBefore" type="date" defaultValue={values.dueBefore ?? ""} />
      </div>
      <FilterSelect
        id="articles-status"
        label="Status"
        name="status"
        value={values.status}
        any="Any status"
        options={[
          { value: "published", label: "Published" },
          { value: "unpublished", label: "Not published" },
        ]}
      />
      <FilterSelect
        id="articles-sort"
        label="Sort by"
        name="sort"
        value={values.sort}
        fallback="updated"
        options={[
          { value: "updated", label: "Last change, newest first" },
          { value: "due", label: "Next due date, soonest first" },
          { value: "priority", label: "Highest priority first" },
        ]}
      />
      <div className="field field--check">
        <input id="articles-overdue" name="overdue" type="checkbox" value="1" defaultChecked={values.overdue === "1"} />
        <label htmlFor="articles-overdue">Only with overdue claims</label>
      </div>
      <button type="submit" className="button button--quiet">
        Apply filters
      </button>
    </form>
  );
}
