import { similarClaimsEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { presentSimilarClaims } from "@/lib/domain/api/present-claims";
import { findSimilarClaims } from "@/lib/server/similar/find-similar-claims";

export const GET = apiRoute(similarClaimsEndpoint, async ({ actor, input, origin }) =>
  presentSimilarClaims(await findSimilarClaims({ actor, input }), origin),
);
export const OPTIONS = apiOptions("GET");
