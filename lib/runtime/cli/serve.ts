// The web server `npm start` runs: Next through its custom-server API, with cached reader pages
// answered first (reader-fast-path.ts). `--dev` runs Next's development server instead.
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "../../config/client-address";
import { answerFromPageCache } from "../reader-fast-path";
import { projectRoot } from "../state";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const app = next({ dev, dir: projectRoot, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    // The socket's address, for throttling; a client cannot send its own (client-address.ts).
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
    if (!answerFromPageCache(req, res)) void handle(req, res);
  });
  server.listen(port, () => console.log(`[factcheck] Ready on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`[factcheck] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
