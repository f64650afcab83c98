import { type ClaimState, STATE_LABELS } from "@/lib/domain/claims/claim-workflow";

export function StatePill({ state, count }: { state: ClaimState; count?: number }) {
  return (
    <span className={`state-pill state-pill--${state}`}>
      {count !== undefined ? `${count} ` : ""}
      {STATE_LABELS[state].toLowerCase()}
    </span>
  );
}
