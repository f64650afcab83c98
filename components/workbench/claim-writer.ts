// The open claim's write queue, for writes started outside its panel: "Re-attach" lives in the
// article's toolbar (it needs the selection) but must name the version the panel's own saves
// produced, after they finish. The panel registers its queue while it is open, with what live
// updates ask before rebuilding it: is anything unsaved, and which version did its saves reach.
import type { RunVersioned } from "./claim-panel/use-claim-saver";

export type ClaimWriter = { run: RunVersioned; idle: () => boolean; version: () => number };
const writers = new Map<string, ClaimWriter>();

export function registerClaimWriter(claimId: string, writer: ClaimWriter): () => void {
  writers.set(claimId, writer);
  return () => {
    if (writers.get(claimId) === writer) writers.delete(claimId);
  };
}

export function claimWriter(claimId: string): ClaimWriter | undefined {
  return writers.get(claimId);
}
