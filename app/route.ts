// The public front page: a server-rendered, cached document (see render-home-page.ts).
import { publicOrigin } from "@/lib/config/public-origin";
import { homePage } from "@/lib/server/publications/render-public-pages";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicPageResponse(await homePage(publicOrigin(request.headers)));
}
