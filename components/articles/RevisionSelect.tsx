/** One of the two revision choices of "What changed", with its errors said next to it. */
export function RevisionSelect({
  name,
  label,
  options,
  value,
  errors,
}: {
  name: string;
  label: string;
  options: { value: number; label: string }[];
  value: number;
  errors?: string[];
}) {
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? errorId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors ? (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
