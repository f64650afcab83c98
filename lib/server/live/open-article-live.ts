// An editor's live connection to an article (server-sent events): who else has it open, and every
// claim change made by anyone through any app process. The connection counts as presence while it
// lasts; comments every 15 s keep proxies from closing it. It ends when the browser goes away —
// at any moment, even while it is being set up (no presence may outlive it) — and when its
// session ends (signed out, disabled, role changed: checked every 10 s by the hub).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { defineUseCase } from "../use-case";
import { connectionsOf, type LiveEvent, subscribeArticle } from "./article-hub";
import { joinArticle, leaveArticle } from "./presence";

const KEEPALIVE_MS = 15_000;
/** Per person and app process: enough for every tab anyone uses, too few to wear the server down. */
export const MAX_CONNECTIONS_PER_PERSON = 12;
const encoder = new TextEncoder();
const frame = (event: LiveEvent | { type: "ready"; me: string }) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

export const openArticleLive = defineUseCase(
  { permission: "article.read", schema: z.object({ articleId: idSchema }), invalid: "Choose an article." },
  async ({ actor, input: { articleId } }) => {
    const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new AppError("NOT_FOUND", "This article is not on the desk.");
    if (connectionsOf(actor.id) >= MAX_CONNECTIONS_PER_PERSON)
      throw new AppError("RATE_LIMITED", "Too many live connections: close some of your tabs of the desk.");
    /** The stream; it ends when `signal` aborts (the browser went away) or the session `sessionId` ends. */
    return (signal?: AbortSignal, sessionId: string | null = null) => liveStream({ articleId, userId: actor.id, sessionId, signal });
  },
);

function liveStream(options: { articleId: string; userId: string; sessionId: string | null; signal?: AbortSignal }) {
  const { articleId, userId, sessionId, signal } = options;
  const connectionId = randomUUID();
  let open = true;
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let unsubscribe = () => undefined as void;
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(keepAlive);
    unsubscribe();
    void leaveArticle(connectionId, articleId).catch(() => undefined);
    try {
      controller?.close();
    } catch {
      // Already closed by the client.
    }
  };
  const write = (text: string) => {
    if (!open || !controller) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  signal?.addEventListener("abort", close, { once: true });
  if (signal?.aborted) close();
  return new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      if (!open) return close();
      keepAlive = setInterval(() => write(": still here\n\n"), KEEPALIVE_MS);
      // A browser reconnects by itself after a lost connection (in 2 s, as `retry` says).
      write("retry: 2000\n\n");
      write(frame({ type: "ready", me: userId }));
      const stop = await subscribeArticle(articleId, { connectionId, userId, sessionId, send: (event) => write(frame(event)), close });
      if (!open) return stop();
      unsubscribe = stop;
      // Joining announces presence, which this connection hears too: everyone gets the list.
      await joinArticle(connectionId, articleId, userId).catch(() => undefined);
      // Gone while joining: its row must not stay behind.
      if (!open) await leaveArticle(connectionId, articleId).catch(() => undefined);
    },
    cancel() {
      close();
    },
  });
}
