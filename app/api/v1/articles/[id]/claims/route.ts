import { articleClaimsEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { presentArticleClaims } from "@/lib/domain/api/present-claims";
import { listArticleClaims } from "@/lib/server/claims/list-article-claims";

export const GET = apiRoute(articleClaimsEndpoint, async ({ actor, input }) =>
  presentArticleClaims(await listArticleClaims({ actor, input })),
);
export const OPTIONS = apiOptions("GET");
