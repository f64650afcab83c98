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

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const HOST = /^([a-z0-9-]+(\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;
// For answers nobody else gives a policy (a static file that is not there): nothing may run.
const FALLBACK_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const plain = (res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
  res
    .writeHead(status, { ...SECURITY, "content-security-policy": FALLBACK_POLICY, "content-type": "text/plain; charset=utf-8", ...headers })
    .end(text);

/** Gives an answer that carries no Content-Security-Policy of its own (a missing static file) the fallback. */
function withFallbackPolicy(res: http.ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const named = (headers: unknown) =>
    Array.isArray(headers)
      ? headers.some((value, index) => index % 2 === 0 && String(value).toLowerCase() === "content-security-policy")
      : !!headers && typeof headers === "object" && Object.keys(headers).some((key) => key.toLowerCase() === "content-security-policy");
  res.writeHead = ((...args: unknown[]) => {
    if (!res.hasHeader("content-security-policy") && !args.some(named)) res.setHeader("content-security-policy", FALLBACK_POLICY);
    return writeHead(...args);
  }) as typeof res.writeHead;
}

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
    // What Next would fail on with a 500 is refused here: unknown methods, a Host that is not a
    // host name, an address that does not decode (/f/%ff).
    if (!METHODS.has(req.method ?? "")) return plain(res, 405, "Method not allowed.", { allow: [...METHODS].join(", ") });
    if (!HOST.test(req.headers.host ?? "")) return plain(res, 400, "Bad request: the Host header is missing or not a host name.");
    if (!decodable(req.url ?? "/")) return plain(res, 400, "Bad request: the address is not valid.");
    withFallbackPolicy(res);
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
