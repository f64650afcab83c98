// The checkbox that selects a claim or an article for a bulk bar. Tied to the bar by data-bulk
// (so the box can still belong to another form, e.g. search's no-JS CSV download); the value is a
// claim id with the version the person saw in data-version, or an article id with its claims' ids
// in data-claim-ids. Plain module: server components render these boxes.

export function selectBox(formId: string, item: { id: string; version?: number; claimIds?: string[] }) {
  return {
    type: "checkbox" as const,
    value: item.id,
    "data-bulk": formId,
    ...(item.version !== undefined ? { "data-version": item.version } : {}),
    ...(item.claimIds ? { "data-claim-ids": item.claimIds.join(",") } : {}),
  };
}
