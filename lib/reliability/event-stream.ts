// A server-sent events connection without a browser: each event's name and parsed data, as
// EventSource would deliver them, for the reliability suite and the live-updates bench.
export type ServerEvent = { event: string; data: unknown };

export async function openEventStream(url: string, cookie: string, onEvent: (event: ServerEvent) => void) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the live connection answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const closed = (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const frames = buffer.split("\n\n");
        buffer = frames.pop()!;
        for (const frame of frames) {
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) onEvent({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // Closed by close() below, or by the server.
    }
  })();
  return {
    close: async () => {
      abort.abort();
      await closed;
    },
  };
}
