import { factCheckAnnotationsEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { annotationCollectionOf } from "@/lib/domain/annotations/web-annotation";
import { getFactCheck } from "@/lib/server/publications/get-fact-check";

export const GET = apiRoute(factCheckAnnotationsEndpoint, async ({ actor, input, origin }) => {
  const collection = annotationCollectionOf(await getFactCheck({ actor, input }), origin);
  return new Response(JSON.stringify(collection), { headers: { "content-type": "application/ld+json; charset=utf-8" } });
});
export const OPTIONS = apiOptions("GET");
