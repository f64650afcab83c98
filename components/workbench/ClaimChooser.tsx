"use client";
// Where claims overlap, a click (or Enter) on the shared words asks which claim to open.
import { useEffect, useRef } from "react";

export type ChoosableClaim = { id: string; description: string };

export function ClaimChooser({
  claims,
  onChoose,
  onCancel,
}: {
  claims: ChoosableClaim[];
  onChoose: (id: string) => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="group"
      aria-label="Choose a claim"
      className="alert alert--warning claim-chooser"
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
    >
      <p style={{ margin: 0 }}>These words belong to {claims.length} claims. Open which one?</p>
      <div className="button-row">
        {claims.map((claim, index) => (
          <button
            key={claim.id}
            type="button"
            className="button button--quiet"
            ref={index === 0 ? first : undefined}
            onClick={() => onChoose(claim.id)}
          >
            {claim.description}
          </button>
        ))}
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
