"use client";
// "Claimant": a combobox over the shared claimants (arrow keys, Enter, Escape), with the choice to
// create a new one with a title and a sameAs address when nobody matches.
import { useEffect, useId, useState } from "react";
import { searchClaimantsAction } from "@/lib/actions/claim";
import { NewClaimantForm } from "./NewClaimantForm";

export type ClaimantChoice = { id: string; name: string; title: string | null };

type Props = { value: ClaimantChoice | null; onChange: (claimant: ClaimantChoice | null) => void; disabled: boolean; error?: string };

export function ClaimantPicker({ value, onChange, disabled, error }: Props) {
  const id = useId();
  const [query, setQuery] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<ClaimantChoice[]>([]);
  const [active, setActive] = useState(-1);
  const [creating, setCreating] = useState(false);
  const searching = open && query.trim() !== "" && query !== value?.name;

  useEffect(() => {
    if (!searching) return;
    const timer = setTimeout(async () => {
      const result = await searchClaimantsAction(query);
      setResults(result.ok ? result.data : []);
      setActive(-1);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, searching]);

  // The last option creates a new claimant from what was typed.
  const options = searching ? [...results, null] : [];
  function choose(option: ClaimantChoice | null) {
    setOpen(false);
    if (option) {
      setQuery(option.name);
      onChange(option);
    } else setCreating(true);
  }
  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length ? (index + step + options.length) % options.length : -1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === "Escape") setOpen(false);
  }

  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`}>Claimant</label>
      <span className="muted" id={`${id}-hint`}>
        {disabled ? "Who said it." : "Who said it? Type to search people and organizations."}
      </span>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error}
        autoComplete="off"
        disabled={disabled}
        value={query}
        data-draft={value?.name ?? ""}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {options.length > 0 && (
        <ul role="listbox" id={`${id}-list`} aria-label="Matching claimants" className="combobox__list">
          {options.map((option, index) => (
            <li
              key={option?.id ?? "new"}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option ? (
                <>
                  {option.name}
                  {option.title ? <span className="muted"> · {option.title}</span> : null}
                </>
              ) : (
                <>Add “{query.trim()}” as a new claimant…</>
              )}
            </li>
          ))}
        </ul>
      )}
      {value && !creating && (
        <span className="muted">
          Chosen: <strong>{value.name}</strong>
          {value.title ? `, ${value.title}` : ""}{" "}
          {!disabled && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setQuery("");
                onChange(null);
              }}
            >
              Clear claimant
            </button>
          )}
        </span>
      )}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {creating && (
        <NewClaimantForm
          initialName={query.trim()}
          onCreated={(claimant) => {
            setCreating(false);
            choose(claimant);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
    </div>
  );
}
