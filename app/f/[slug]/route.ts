// The public fact-check: a server-rendered, cacheable HTML document (see render-reader-page.ts).
import { publicOrigin } from "@/lib/config/public-origin";
import { askedVersion, SLUG_PATTERN } from "@/lib/domain/reader/page-address";
import { readerPage } from "@/lib/server/publications/render-public-pages";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const version = askedVersion(new URL(request.url).searchParams.get("version"));
  // Only a slug we could have made reaches the database and the cache; anything else is not found.
  return publicPageResponse(await readerPage(SLUG_PATTERN.test(slug) ? slug : "not-a-fact-check", version, publicOrigin(request.headers)));
}
