// An editor's live connection to an article (server-sent events): who else has it open, and every
// claim change made by anyone through any app process. The connection counts as presence while it
// lasts; comments every 15 s keep proxies from closing it.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { defineUseCase } from "../use-case";
import { type LiveEvent, subscribeArticle } from "./article-hub";
import { joinArticle, leaveArticle } from "./presence";

const KEEPALIVE_MS = 15_000;
const encoder = new TextEncoder();
const frame = (event: LiveEvent | { type: "ready"; me: string }) =>
  encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);

export const openArticleLive = defineUseCase(
  { permission: "article.read", schema: z.object({ articleId: idSchema }), invalid: "Choose an article." },
  async ({ actor, input: { articleId } }) => {
    const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new AppError("NOT_FOUND", "This article is not on the desk.");
    /** The stream, closed when `signal` aborts (the browser went away). */
    return (signal?: AbortSignal) => liveStream(articleId, actor.id, signal);
  },
);

function liveStream(articleId: string, userId: string, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const connectionId = randomUUID();
  let stop = () => undefined as void;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: Parameters<typeof frame>[0]) => {
        if (!open) return;
        try {
          controller.enqueue(frame(event));
        } catch {
          close();
        }
      };
      const keepAlive = setInterval(() => {
        if (open) controller.enqueue(encoder.encode(": still here\n\n"));
      }, KEEPALIVE_MS);
      const unsubscribe = await subscribeArticle(articleId, { connectionId, send });
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(keepAlive);
        unsubscribe();
        void leaveArticle(connectionId, articleId).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      stop = close;
      signal?.addEventListener("abort", close, { once: true });
      // A browser reconnects by itself after a lost connection (in 2 s, as `retry` says).
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      send({ type: "ready", me: userId });
      // Joining announces presence, which this connection hears too: everyone gets the list.
      await joinArticle(connectionId, articleId, userId).catch(() => undefined);
    },
    cancel() {
      stop();
    },
  });
}
