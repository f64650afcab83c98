// oEmbed 1.0 for reader pages: GET /oembed?url=<reader page>[&maxwidth=&maxheight=][&format=json].
import { publicOrigin } from "@/lib/config/public-origin";
import { maxDimension } from "@/lib/domain/embeds/oembed";
import { oembedFor } from "@/lib/server/publications/render-embeds";

export const dynamic = "force-dynamic";

const HEADERS = { "access-control-allow-origin": "*", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" };
const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { ...HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  // The spec's answer to a format we do not serve (XML) is 501 Not Implemented.
  if (format !== null && format !== "json") return refuse(501, "Only format=json is available.");
  const url = query.get("url");
  if (!url) return refuse(400, "Give the address of a fact-check as ?url=…");
  const answer = await oembedFor({
    url,
    origin: publicOrigin(request.headers),
    maxWidth: maxDimension(query.get("maxwidth")),
    maxHeight: maxDimension(query.get("maxheight")),
  });
  if (!answer) return refuse(404, "No published fact-check at that address.");
  return Response.json(answer, { headers: { ...HEADERS, "cache-control": "public, max-age=60, stale-while-revalidate=300" } });
}
