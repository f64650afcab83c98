// The articles list's filters and sort: a plain GET form, so it works without JavaScript.
import { PRIORITY_LABELS, PRIORITY_ORDER } from "@/lib/domain/claims/desk-fields";

type Values = Partial<Record<"assignee" | "priority" | "dueBefore" | "overdue" | "status" | "sort", string>>;

export function ArticleListFilters({ values, members }: { values: Values; members: { id: string; name: string }[] }) {
  return (
    <form className="filter-form" method="get" action="/articles" aria-label="Filter and sort articles">
      <div className="field">
        <label htmlFor="articles-assignee">Open claims assigned to</label>
        <select id="articles-assignee" name="assignee" defaultValue={values.assignee ?? ""}>
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
        <label htmlFor="articles-priority">Highest priority</label>
        <select id="articles-priority" name="priority" defaultValue={values.priority ?? ""}>
          <option value="">Any priority</option>
          {PRIORITY_ORDER.map((priority) => (
            <option key={priority} value={priority}>
              {PRIORITY_LABELS[priority]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="articles-due-before">A claim due before</label>
        <input id="articles-due-before" name="dueBefore" type="date" defaultValue={values.dueBefore ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="articles-status">Status</label>
        <select id="articles-status" name="status" defaultValue={values.status ?? ""}>
          <option value="">Any status</option>
          <option value="published">Published</option>
          <option value="unpublished">Not published</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="articles-sort">Sort by</label>
        <select id="articles-sort" name="sort" defaultValue={values.sort ?? "updated"}>
          <option value="updated">Last change, newest first</option>
          <option value="due">Next due date, soonest first</option>
          <option value="priority">Highest priority first</option>
        </select>
      </div>
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
