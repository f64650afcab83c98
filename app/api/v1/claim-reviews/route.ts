import { importClaimReviewsEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { importClaimReviews } from "@/lib/server/reference/import-claim-reviews";

export const POST = apiRoute(importClaimReviewsEndpoint, async ({ actor, input }) => importClaimReviews({ actor, input }));
export const OPTIONS = apiOptions("POST");
