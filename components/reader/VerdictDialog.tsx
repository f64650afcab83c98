import type { SnapshotClaim } from "@/lib/schemas/publication";
import { VerdictCard } from "./VerdictCard";

/** The verdict of one claim as a dialog, opened by its highlight without any script (Popover API). */
export function VerdictDialog({ claim }: { claim: SnapshotClaim }) {
  const id = `verdict-${claim.id}`;
  return (
    <div id={id} popover="auto" role="dialog" aria-label={`Verdict: ${claim.rating.label}`} className="verdict-dialog">
      <button type="button" className="button button--quiet verdict-dialog__close" popoverTarget={id} popoverTargetAction="hide">
        Close
      </button>
      <VerdictCard claim={claim} headingId={`${id}-heading`} />
    </div>
  );
}
