// What the live connection heard about each claim, for the open panel: who last changed it (the
// panel says whose changes it shows) and when one it shows was deleted.
export type HeardChange = { claimId: string; version: number; actorName: string | null; deleted: boolean; mine: boolean };

const changes = new Map<string, HeardChange>();
const listeners = new Set<(change: HeardChange) => void>();

export function rememberChange(change: HeardChange): void {
  changes.set(change.claimId, change);
  for (const listener of listeners) listener(change);
}

export function lastChangeBy(claimId: string): string | null {
  return changes.get(claimId)?.actorName ?? null;
}

export function onChangeHeard(listener: (change: HeardChange) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
