// The ClaimReview feed (schema.org DataFeed) of every published fact-check: public, cached.
import { publicOrigin } from "@/lib/config/public-origin";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";
import { claimReviewFeedPage } from "@/lib/server/publications/render-feeds";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  // Public data: aggregators' browser tools may read it too.
  return publicPageResponse(await claimReviewFeedPage(publicOrigin(request.headers)), { "access-control-allow-origin": "*" });
}
