// Runs before every desk page. Two jobs: a Content-Security-Policy with a fresh nonce (Next puts it
// on its own scripts; nothing else may run), and a redirect of signed-out visitors to sign-in —
// convenience only: every page and use-case checks the actor itself (middleware-only authorization
// is how CVE-2025-29927 bit people). Public documents (/, /f/…, /embed/…, /feeds/…, /oembed) send
// their own policies.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { actionArgumentsMalformed } from "@/lib/domain/input/action-body";

const DESK = /^\/(articles|review|search|admin|mentions)(\/|$)/;

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the editors set style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Next's own limit on action bodies (next.config.js); the proxy must not read past it either. */
const ACTION_BODY_LIMIT = 24 * 1024 * 1024;

const plain = (text: string, status: number, headers: Record<string, string> = {}) =>
  new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });

/** The body, read up to `limit` bytes; null when it is longer. */
async function readCapped(request: NextRequest, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return null;
  const reader = request.clone().body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** Whether the page calling an action is one of ours (Next refuses others with a 500; this says 403). */
function foreignOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  const hosts = [request.headers.get("host"), process.env.TRUST_PROXY === "true" ? request.headers.get("x-forwarded-host") : null];
  try {
    return !hosts.includes(new URL(origin).host);
  } catch {
    return true;
  }
}

/**
 * A server action call our pages could have made, or the answer to one that is not: its arguments
 * are a JSON array (or a form) of values React writes for us (lib/domain/input/action-body.ts).
 * Anything else would fail inside Next's decoder with a 500; it is answered 4xx before it gets there.
 */
async function refuseActionCall(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  // Any post from another site's page — an action call, or a form posted without script — is refused.
  if (foreignOrigin(request)) return plain("This action may only be called from the desk's own pages.", 403);
  if (!request.headers.has("next-action")) return null;
  const body = await readCapped(request, ACTION_BODY_LIMIT);
  if (!body) return plain("The request is too large.", 413);
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Request(request.url, { method: "POST", headers: { "content-type": type }, body: body as BodyInit })
      .formData()
      .catch(() => null);
    const root = form?.get("0");
    if (!form || (root !== null && typeof root !== "string")) return plain("Malformed request.", 400);
    return actionArgumentsMalformed({ kind: "multipart", root: root ?? null }) ? plain("Malformed request.", 400) : null;
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  return actionArgumentsMalformed({ kind: "text", text }) ? plain("Malformed request.", 400) : null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refused = await refuseActionCall(request);
  if (refused) return refused;
  if (DESK.test(pathname)) {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Every page but the public documents (reader pages, embed cards, feeds, oEmbed), Next's static
// files, our own static files and the API. Public documents send their own policies.
export const config = {
  matcher: ["/((?!f/|embed/|feeds/|oembed$|_next/static|_next/image|scripts/|styles/|favicon\\.ico|api/).+)"],
};
