// Redirects signed-out visitors away from desk pages. Convenience only: every page and use-case
// checks the actor itself (middleware-only authorization is how CVE-2025-29927 bit people).
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/articles/:path*", "/review/:path*", "/search/:path*", "/admin/:path*", "/mentions"] };
