import http from "node:http";
import type { AddressInfo } from "node:net";

export type LocalPage = { type: string; body: string };

/** Serves fixed pages on 127.0.0.1 (the only host URL import may fetch in tests) for one spec file. */
export async function serveLocalPages(pages: Record<string, LocalPage>) {
  const server = http.createServer((req, res) => {
    const page = pages[req.url ?? ""];
    if (page) res.writeHead(200, { "content-type": page.type }).end(page.body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
