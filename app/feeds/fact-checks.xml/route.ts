// The Atom feed of published fact-checks: public, cached.
import { publicOrigin } from "@/lib/config/public-origin";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";
import { atomFeedPage } from "@/lib/server/publications/render-feeds";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicPageResponse(await atomFeedPage(publicOrigin(request.headers)), { "access-control-allow-origin": "*" });
}
