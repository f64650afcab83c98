// The public change log of a fact-check: what changed in the article since it was checked. Cached
// and served like the reader page (see render-change-log-page.ts).
import { publicOrigin } from "@/lib/config/public-origin";
import { askedVersion, SLUG_PATTERN } from "@/lib/domain/reader/page-address";
import { changeLogPage } from "@/lib/server/publications/render-public-pages";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const version = askedVersion(new URL(request.url).searchParams.get("version"));
  // Only a slug we could have made reaches the database and the cache; anything else is not found.
  return publicPageResponse(
    await changeLogPage(SLUG_PATTERN.test(slug) ? slug : "not-a-fact-check", version, publicOrigin(request.headers)),
  );
}
