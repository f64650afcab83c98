// Fetches an article page for URL import, safely: http(s) only, every address checked after DNS
// resolution and the connection pinned to the checked address (no DNS rebinding), every redirect
// checked again, 10 s overall, at most 5 MB, HTML only. Hosts in IMPORT_ALLOWED_HOSTS skip the
// address check (tests use it for their local server).
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPublicAddress, parseAllowedHosts } from "@/lib/domain/import/address-policy";
import { AppError } from "@/lib/errors";

export const IMPORT_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const HTML_TYPES = ["text/html", "application/xhtml+xml"];

export type FetchedPage = { finalUrl: string; html: string };

const refuse = (message: string) => new AppError("INVALID_INPUT", message, { url: [message] });
const tooLarge = () => refuse(`The page is too large to import (more than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB).`);

async function resolveAllowed(url: URL): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch {
    throw refuse(`Could not reach ${url.host}: the name does not resolve.`);
  }
  if (parseAllowedHosts(process.env.IMPORT_ALLOWED_HOSTS).has(host.toLowerCase())) return addresses[0]!;
  const blocked = addresses.find((entry) => !isPublicAddress(entry.address));
  if (blocked || addresses.length === 0) {
    throw refuse(`Refused: ${url.host} points to a private or local network address (${blocked?.address ?? "none"}).`);
  }
  return addresses[0]!;
}

type Response = { status: number; location?: string; contentType: string; body: Buffer };

function request(url: URL, pinned: { address: string; family: number }, signal: AbortSignal): Promise<Response> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      { lookup, signal, headers: { "user-agent": "FactcheckWorkbench/1.0 (article import)", accept: "text/html,application/xhtml+xml" } },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "").toLowerCase();
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > IMPORT_LIMITS.maxBytes) {
          res.destroy();
          reject(tooLarge());
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > IMPORT_LIMITS.maxBytes) {
            res.destroy();
            reject(tooLarge());
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

/** Downloads an HTML page for import, or throws INVALID_INPUT with a precise reason. */
export async function fetchArticlePage(rawUrl: string): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw refuse("Enter a full web address starting with http:// or https://.");
  }
  const signal = AbortSignal.timeout(IMPORT_LIMITS.timeoutMs);
  for (let hop = 0; hop <= IMPORT_LIMITS.maxRedirects; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("Only http:// and https:// addresses can be imported.");
    const pinned = await resolveAllowed(url);
    let response: Response;
    try {
      response = await request(url, pinned, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (signal.aborted) throw refuse(`${url.host} did not answer within ${IMPORT_LIMITS.timeoutMs / 1000} seconds.`);
      throw refuse(`Could not reach ${url.host} (${(error as Error).message}).`);
    }
    if (response.location) {
      url = new URL(response.location, url);
      continue;
    }
    if (response.status >= 400) throw refuse(`${url.host} answered with an error (HTTP ${response.status}).`);
    if (!HTML_TYPES.some((type) => response.contentType.startsWith(type))) {
      throw refuse(`That address is not a web page (it is ${response.contentType.split(";")[0] || "of unknown type"}).`);
    }
    return { finalUrl: url.toString(), html: response.body.toString("utf8") };
  }
  throw refuse(`Too many redirects (more than ${IMPORT_LIMITS.maxRedirects}).`);
}
