// The web server `npm start` runs: Next through its custom-server API, with cached reader pages
// answered first (reader-fast-path.ts). `--dev` runs Next's development server instead.
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "../../config/client-address";
import securityHeaders from "../../security-headers.json";
import { UNAVAILABLE_HTML, watchDatabase } from "../database-health";
import { answerFromPageCache } from "../reader-fast-path";
import { projectRoot } from "../state";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const STATIC = /^\/(_next\/static|styles|scripts)\//;
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));

function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const app = next({ dev, dir: projectRoot, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const database = watchDatabase(process.env.DATABASE_URL!, (line) => console.log(`[factcheck] ${line}`));
  const server = http.createServer((req, res) => {
    // The socket's address, for throttling; a client cannot send its own (client-address.ts).
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
    // An address that does not decode (/f/%ff) would fail inside Next's router: 400 here.
    if (!decodable(req.url ?? "/")) {
      res.writeHead(400, { ...SECURITY, "content-type": "text/plain; charset=utf-8" }).end("Bad request: the address is not valid.");
      return;
    }
    // Cached public pages and static files need no database: readers keep reading meanwhile.
    if (answerFromPageCache(req, res)) return;
    if (!database.healthy() && !STATIC.test(req.url ?? "")) {
      res
        .writeHead(503, { ...SECURITY, "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" })
        .end(UNAVAILABLE_HTML);
      return;
    }
    void handle(req, res);
  });
  server.listen(port, () => console.log(`[factcheck] Ready on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      database.stop();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`[factcheck] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
