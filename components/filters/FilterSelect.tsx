// One select of a GET filter form (claims list, review queue, articles list): label, options and
// the "any" choice that means no filter.
import { PRIORITY_LABELS, PRIORITY_ORDER } from "@/lib/domain/claims/desk-fields";

export type FilterOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: FilterOption[];
  /** The empty choice ("Any state"); without it the first option is the default. */
  any?: string;
  fallback?: string;
};

export function FilterSelect({ id, label, name, value, options, any, fallback = "" }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? fallback}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Anyone, nobody, or one of the desk's people. */
export const assigneeOptions = (members: { id: string; name: string }[]): FilterOption[] => [
  { value: "nobody", label: "Nobody" },
  ...members.map((member) => ({ value: member.id, label: member.name })),
];

export const priorityOptions: FilterOption[] = PRIORITY_ORDER.map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }));
