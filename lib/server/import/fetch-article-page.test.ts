// Against a real HTTP server on 127.0.0.1: URL import's network safety and failure messages.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fetchArticlePage } from "./fetch-article-page";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const routes: Record<string, () => void> = {
      "/article": () => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html><body><p>Hello</p></body></html>"),
      "/moved": () => res.writeHead(301, { location: "/article" }).end(),
      "/to-private": () => res.writeHead(302, { location: "http://10.0.0.1/admin" }).end(),
      "/to-metadata": () => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
      "/to-localhost-name": () =>
        res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/article` }).end(),
      "/loop": () => res.writeHead(302, { location: "/loop" }).end(),
      "/pdf": () => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
      "/missing": () => res.writeHead(404, { "content-type": "text/html" }).end("gone"),
      "/huge": () => {
        res.writeHead(200, { "content-type": "text/html" }); // no content-length: counted while streaming
        const chunk = Buffer.alloc(1024 * 1024, "a");
        for (let i = 0; i < 6; i++) res.write(chunk);
        res.end();
      },
    };
    (routes[req.url ?? ""] ?? (() => res.writeHead(404).end()))();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.IMPORT_ALLOWED_HOSTS;
});

const allowLocal = () => (process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1");

describe("fetching an article page", () => {
  it("refuses a loopback address unless the host is allow-listed", async () => {
    await expect(fetchArticlePage(`${base}/article`)).rejects.toThrow(/private or local network address \(127\.0\.0\.1\)/);
    allowLocal();
    await expect(fetchArticlePage(`${base}/article`)).resolves.toEqual({
      finalUrl: `${base}/article`,
      html: expect.stringContaining("<p>Hello</p>"),
    });
  });

  it("follows redirects and checks every hop again", async () => {
    allowLocal();
    expect((await fetchArticlePage(`${base}/moved`)).finalUrl).toBe(`${base}/article`);
    await expect(fetchArticlePage(`${base}/to-private`)).rejects.toThrow(/10\.0\.0\.1/);
    await expect(fetchArticlePage(`${base}/to-metadata`)).rejects.toThrow(/169\.254\.169\.254/);
    await expect(fetchArticlePage(`${base}/to-localhost-name`)).rejects.toThrow(/private or local/);
    await expect(fetchArticlePage(`${base}/loop`)).rejects.toThrow("Too many redirects");
  });

  it("refuses pages over 5 MB, non-HTML and error pages with a precise reason", async () => {
    allowLocal();
    await expect(fetchArticlePage(`${base}/huge`)).rejects.toThrow("too large to import");
    await expect(fetchArticlePage(`${base}/pdf`)).rejects.toThrow("not a web page (it is application/pdf)");
    await expect(fetchArticlePage(`${base}/missing`)).rejects.toThrow("HTTP 404");
  });

  it("refuses other schemes, malformed addresses and names that do not resolve", async () => {
    await expect(fetchArticlePage("file:///etc/passwd")).rejects.toThrow("Only http:// and https://");
    await expect(fetchArticlePage("not a url")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { url: [expect.any(String)] },
    });
    await expect(fetchArticlePage("http://no-such-host.invalid/")).rejects.toThrow("does not resolve");
  });
});
