// next-auth's endpoints, with wrong passwords throttled before a credentials sign-in is tried:
// 429 with Retry-After and a clear message (lib/server/users/sign-in-throttle.ts).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { clientAddress } from "@/lib/config/client-address";
import { signInThrottle, THROTTLED_MESSAGE } from "@/lib/server/users/sign-in-throttle";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

async function post(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const throttle = await signInThrottle({ email: form?.get("email"), address: clientAddress(request.headers) });
    if (throttle.blocked) {
      const url = new URL("/signin?error=TooManyAttempts", request.url).toString();
      return Response.json(
        { url, error: THROTTLED_MESSAGE },
        { status: 429, headers: { "retry-after": String(throttle.retryAfterSeconds) } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
