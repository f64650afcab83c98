import { getFactCheckEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { presentFactCheck } from "@/lib/domain/api/present-fact-checks";
import { getFactCheck } from "@/lib/server/publications/get-fact-check";

export const GET = apiRoute(getFactCheckEndpoint, async ({ actor, input, origin }) =>
  presentFactCheck(await getFactCheck({ actor, input }), origin),
);
export const OPTIONS = apiOptions("GET");
