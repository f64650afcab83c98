// API v1 under load: the published fact-checks list and similar-claims answers per second at 50
// connections, as a ratio to the reader page measured in the same run. Each API request is real
// work (a rate-limit upsert and a query); the reader page is served from the page cache.
import { load } from "./reader-bench";

export type ApiUnderLoad = { path: string; rps: number; p99Ms: number; ratio: number };

export async function benchApi(base: string, readerPath: string, { seconds = 8 } = {}) {
  await load(`${base}${readerPath}`, 2);
  const reader = await load(`${base}${readerPath}`, seconds);
  const results: ApiUnderLoad[] = [];
  for (const path of [
    "/api/v1/fact-checks",
    `/api/v1/claims/similar?text=${encodeURIComponent("Sheinbaum rejected an offer to send US troops to Mexico")}`,
  ]) {
    await load(`${base}${path}`, 2);
    const api = await load(`${base}${path}`, seconds);
    results.push({ path, rps: api.rps, p99Ms: api.p99Ms, ratio: api.rps / reader.rps });
  }
  return { reader, results };
}
