// The open claim's write queue, for writes started outside its panel: "Re-attach" lives in the
// article's toolbar (it needs the selection) but must name the version the panel's own saves
// produced, after they finish. The panel registers its queue while it is open.
import type { RunVersioned } from "./claim-panel/use-claim-saver";

const writers = new Map<string, RunVersioned>();

export function registerClaimWriter(claimId: string, run: RunVersioned): () => void {
  writers.set(claimId, run);
  return () => {
    if (writers.get(claimId) === run) writers.delete(claimId);
  };
}

export function claimWriter(claimId: string): RunVersioned | undefined {
  return writers.get(claimId);
}
