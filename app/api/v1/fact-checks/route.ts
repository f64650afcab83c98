import { listFactChecksEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { presentFactCheckSummary } from "@/lib/domain/api/present-fact-checks";
import { listFactChecks } from "@/lib/server/publications/list-fact-checks";

export const GET = apiRoute(listFactChecksEndpoint, async ({ actor, input, origin }) => {
  const page = await listFactChecks({ actor, input });
  return { factChecks: page.items.map((item) => presentFactCheckSummary(item, origin)), nextCursor: page.nextCursor };
});
export const OPTIONS = apiOptions("GET");
