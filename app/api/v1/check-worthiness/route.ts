import { checkWorthinessEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { scoreText } from "@/lib/server/check-worthiness/score-text";

export const POST = apiRoute(checkWorthinessEndpoint, async ({ actor, input }) => scoreText({ actor, input }));
export const OPTIONS = apiOptions("POST");
