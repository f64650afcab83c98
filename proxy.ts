// Runs before every desk page. Two jobs: a Content-Security-Policy with a fresh nonce (Next puts it
// on its own scripts; nothing else may run), and a redirect of signed-out visitors to sign-in —
// convenience only: every page and use-case checks the actor itself (middleware-only authorization
// is how CVE-2025-29927 bit people). Public documents (/, /f/…) send their own stricter policy.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { inputProblem } from "@/lib/domain/input/clean-input";

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

/**
 * A server action call React would make: its arguments are a JSON array (or a form). Anything else —
 * empty, not JSON, not an array, nested beyond reason — would fail inside Next's decoder with a 500;
 * it is answered 400 before it gets there.
 */
async function malformedActionCall(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) return false;
  try {
    const args: unknown = JSON.parse(await request.clone().text());
    return !Array.isArray(args) || inputProblem(args) !== null;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (await malformedActionCall(request)) {
    return new NextResponse("Malformed request.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
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

// Every page but the public documents, Next's static files, our own static files and the API.
export const config = { matcher: ["/((?!f/|_next/static|_next/image|scripts/|styles/|favicon\\.ico|api/).+)"] };
