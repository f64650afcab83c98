// The public fact-check: a server-rendered, cacheable HTML document (see render-reader-page.ts).
import { publicOrigin } from "@/lib/config/public-origin";
import { readerPage } from "@/lib/server/publications/render-reader-response";

export const dynamic = "force-dynamic";
const SLUG = /^[a-z0-9-]{1,120}$/;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const asked = new URL(request.url).searchParams.get("version");
  const version = asked && /^\d{1,6}$/.test(asked) ? Number(asked) : undefined;
  // Only a slug we could have made reaches the database and the cache; anything else is not found.
  const page = await readerPage(SLUG.test(slug) ? slug : "not-a-fact-check", version, publicOrigin(request.headers));
  return new Response(page.html, {
    status: page.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": page.csp,
      // Shared caches may keep a page briefly; publishing shows the new version within a minute.
      "cache-control": page.status === 200 ? "public, max-age=60, stale-while-revalidate=300" : "no-store",
    },
  });
}
