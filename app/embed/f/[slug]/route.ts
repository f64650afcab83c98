// The embeddable card of a published fact-check: a small document any site may frame (its own
// frame-ancestors policy; next.config.js leaves X-Frame-Options off this path only).
import { publicOrigin } from "@/lib/config/public-origin";
import { askedVersion, SLUG_PATTERN } from "@/lib/domain/reader/page-address";
import { publicPageResponse } from "@/lib/server/publications/public-page-response";
import { embedCardPage } from "@/lib/server/publications/render-embeds";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const version = askedVersion(new URL(request.url).searchParams.get("version"));
  // Only a slug we could have made reaches the database and the cache; anything else is not found.
  return publicPageResponse(
    await embedCardPage(SLUG_PATTERN.test(slug) ? slug : "not-a-fact-check", version, publicOrigin(request.headers)),
  );
}
