// Who works on the claim, by when, and how urgent it is: plain edits that never send a claim back
// to draft, so they stay editable while the evidence is locked. The panel shows them after the
// verdict and its workflow step: secondary to the work itself, and no Tab stops on the way from
// the claim's fields to "Submit for review".
import { PRIORITY_LABELS, PRIORITY_ORDER, type Priority } from "@/lib/domain/claims/desk-fields";
import type { panelField } from "./panel-field";

type Props = {
  field: ReturnType<typeof panelField>;
  claim: { assigneeId: string | null; dueAt: string; priority: Priority };
  members: { id: string; name: string }[];
  canEdit: boolean;
  change: (field: "assigneeId" | "dueAt" | "priority", value: string | null) => void;
};

export function AssignmentFields({ field, claim, members, canEdit, change }: Props) {
  return (
    <fieldset disabled={!canEdit} className="plain-fieldset">
      <h3 className="panel-section">Assignment</h3>
      {field("assigneeId", "Assignee", (props) => (
        <select {...props} defaultValue={claim.assigneeId ?? ""} onChange={(e) => change("assigneeId", e.target.value || null)}>
          <option value="">Nobody</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      ))}
      <div className="field-pair">
        {field("dueAt", "Due date", (props) => (
          // "" clears the due date; the server stores the day.
          <input {...props} type="date" defaultValue={claim.dueAt} onChange={(e) => change("dueAt", e.target.value)} />
        ))}
        {field("priority", "Priority", (props) => (
          <select {...props} defaultValue={claim.priority} onChange={(e) => change("priority", e.target.value)}>
            {PRIORITY_ORDER.map((priority) => (
              <option key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </option>
            ))}
          </select>
        ))}
      </div>
    </fieldset>
  );
}
