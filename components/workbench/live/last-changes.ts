// Who last changed each claim, as the live connection heard it: the panel says whose changes it
// now shows.
const changes = new Map<string, { version: number; actorName: string | null }>();

export function rememberChange(claimId: string, version: number, actorName: string | null): void {
  changes.set(claimId, { version, actorName });
}

export function lastChangeBy(claimId: string): string | null {
  return changes.get(claimId)?.actorName ?? null;
}
