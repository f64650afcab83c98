// Live updates of an article on the desk, as server-sent events (see open-article-live.ts).
import { getActor, getSessionId } from "@/lib/auth/get-actor";
import { HTTP_STATUS, toActionResult } from "@/lib/errors";
import { openArticleLive } from "@/lib/server/live/open-article-live";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const open = await openArticleLive({ actor: await getActor(), input: { articleId: (await params).id } });
    return new Response(open(request.signal, await getSessionId()), {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform: nothing on the way may compress (and so hold back) the events.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
        connection: "keep-alive",
      },
    });
  } catch (error) {
    const result = toActionResult(error);
    if (result.ok) throw error;
    return Response.json({ error: { code: result.code, message: result.message } }, { status: HTTP_STATUS[result.code] });
  }
}

/** A live connection is a GET that stays open; a HEAD would hold one open for nothing. */
export function HEAD() {
  return new Response(null, { status: 405, headers: { allow: "GET" } });
}
