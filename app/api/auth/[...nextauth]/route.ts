// next-auth's endpoints. A credentials sign-in that the throttle refuses is answered 429 with
// Retry-After and a clear message before next-auth runs; the throttle is also checked inside
// (auth-options.ts), on what next-auth itself parsed, so no path spelling or body shape gets past it.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { clientAddress } from "@/lib/config/client-address";
import { THROTTLED_ERROR } from "@/lib/schemas/auth";
import { signInThrottle, THROTTLED_MESSAGE } from "@/lib/server/users/sign-in-throttle";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

/** The endpoint next-auth will run, from the decoded path segments it reads too. */
async function isCredentialsCallback(context: Context) {
  const [action, provider] = (await context.params).nextauth ?? [];
  return action === "callback" && provider === "credentials";
}

async function post(request: Request, context: Context) {
  if (await isCredentialsCallback(context)) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const throttle = await signInThrottle({ email: form?.get("email"), address: clientAddress(request.headers) });
    if (throttle.blocked) {
      const url = new URL(`/signin?error=${THROTTLED_ERROR}`, request.url).toString();
      return Response.json(
        { url, error: THROTTLED_MESSAGE },
        { status: 429, headers: { "retry-after": String(throttle.retryAfterSeconds) } },
      );
    }
  }
  return handler(request, context);
}

async function get(request: Request, context: Context) {
  // Credentials are only ever posted; next-auth fails on a GET of that callback.
  if (await isCredentialsCallback(context)) return new Response("Method not allowed.", { status: 405, headers: { allow: "POST" } });
  return handler(request, context);
}

export { get as GET, post as POST };
