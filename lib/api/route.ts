// The one adapter between HTTP and the use-cases for API v1: token → rate limit → input → use-case
// → JSON, and every failure as `{ "error": { code, message, fields? } }` with the code's status
// (lib/errors.ts). Each use of a token is recorded in the audit log with its name.
import { clientAddress } from "@/lib/config/client-address";
import { publicOrigin } from "@/lib/config/public-origin";
import { AppError, HTTP_STATUS, toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { actorForAuthorization, recordTokenUse } from "@/lib/server/api-tokens/authenticate-token";
import { rateLimits, takeRequest } from "@/lib/server/api/rate-limit";
import { cachedApiAnswer, keepApiAnswer } from "@/lib/server/publications/api-answer-cache";
import type { Endpoint } from "./endpoint";

export type ApiCall = { actor: Actor | null; input: Record<string, unknown>; origin: string; request: Request };
type Context = { params?: Promise<Record<string, string | string[]>> } | undefined;

const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "Authorization, Content-Type",
  "access-control-expose-headers": "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
};

export function errorResponse(error: AppError | null, headers: Record<string, string> = {}): Response {
  const body = error
    ? { error: { code: error.code, message: error.message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) } }
    : { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } };
  const status = HTTP_STATUS[error?.code ?? "INTERNAL"];
  const auth: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="api"' } : {};
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "cache-control": "no-store", ...auth, ...headers } });
}

async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(request.headers.get("content-type") ?? ""))
    throw new AppError("INVALID_INPUT", "Send the body as JSON (Content-Type: application/json).", { body: ["Not JSON."] });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const tooLarge = () => new AppError("TOO_LARGE", `The body is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  if (declared > limit) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON (UTF-8).", { body: ["Not valid JSON."] });
  }
}

/** An IPv6 caller controls a whole /64: it is one caller, one bucket. */
export function addressBucket(address: string): string {
  if (!address.includes(":") || address.startsWith("::ffff:")) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = head ? head.split(":") : [];
  const missing = 8 - groups.length - (tail ? tail.split(":").length : 0);
  const full = [...groups, ...Array(Math.max(0, missing)).fill("0"), ...(tail ? tail.split(":") : [])];
  return `${full
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** Path parameters and the query string as one input object (the first value of a repeated key). */
async function parameters(request: Request, context: Context): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in input)) input[key] = value;
  // Routes without path segments get no params at all in a production build.
  for (const [key, value] of Object.entries((await context?.params) ?? {})) input[key] = Array.isArray(value) ? value.join("/") : value;
  return input;
}

/** A route handler for `endpoint` that answers with what `handle` returns (JSON), or its Response. */
export function apiRoute(endpoint: Endpoint, handle: (call: ApiCall) => Promise<unknown>) {
  return async (request: Request, context: Context): Promise<Response> => {
    let actor: Actor | null = null;
    let status = 500;
    try {
      // A wrong token is refused after the address's rate limit is counted: guesses are limited too.
      const authorization = await actorForAuthorization(request.headers.get("authorization")).then(
        (found) => ({ found, error: null }),
        (error: unknown) => ({ found: null, error }),
      );
      actor = authorization.found;
      const limits = rateLimits();
      const rate = actor?.token
        ? await takeRequest(`token:${actor.token.id}`, limits.token)
        : await takeRequest(`address:${addressBucket(clientAddress(request.headers))}`, limits.anonymous);
      const rateHeaders: Record<string, string> = { "x-ratelimit-limit": String(rate.limit) };
      if (!rate.allowed) {
        status = 429;
        const message = `Too many requests: at most ${rate.limit} a minute ${actor ? "for this token" : "from one address without a token"}. Try again in ${rate.retryAfterSeconds} seconds.`;
        return errorResponse(new AppError("RATE_LIMITED", message), { ...rateHeaders, "retry-after": String(rate.retryAfterSeconds) });
      }
      rateHeaders["x-ratelimit-remaining"] = String(rate.remaining);
      if (authorization.error) throw authorization.error;
      if (endpoint.access !== "public" && !actor)
        throw new AppError(
          "UNAUTHENTICATED",
          `This endpoint needs an API token with the "${endpoint.access}" scope: send Authorization: Bearer <token>.`,
        );
      // A published answer already built for an anonymous caller: the same bytes again.
      const cacheKey =
        !actor && endpoint.publicMaxAge && endpoint.method === "GET"
          ? `${publicOrigin(request.headers)} ${request.url.replace(/^[a-z]+:\/\/[^/]+/i, "")}`
          : null;
      const cached = cacheKey ? cachedApiAnswer(cacheKey) : undefined;
      if (cached !== undefined) {
        status = 200;
        return new Response(cached, {
          headers: {
            ...CORS_HEADERS,
            ...rateHeaders,
            "content-type": "application/json",
            "cache-control": `public, max-age=${endpoint.publicMaxAge}`,
            vary: "Authorization",
          },
        });
      }
      const input =
        endpoint.method === "POST"
          ? await readJsonBody(request, endpoint.maxBodyBytes ?? DEFAULT_BODY_LIMIT)
          : await parameters(request, context);
      const result = await handle({ actor, input: input as Record<string, unknown>, origin: publicOrigin(request.headers), request });
      status = result instanceof Response ? result.status : 200;
      const cache = !actor && endpoint.publicMaxAge ? `public, max-age=${endpoint.publicMaxAge}` : "no-store";
      // A shared cache must not answer a token holder with what it kept for an anonymous caller.
      const headers = { ...CORS_HEADERS, ...rateHeaders, "cache-control": cache, vary: "Authorization" };
      if (result instanceof Response) {
        for (const [key, value] of Object.entries(headers)) result.headers.set(key, value);
        return result;
      }
      if (cacheKey) {
        const body = JSON.stringify(result);
        keepApiAnswer(cacheKey, body);
        return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
      }
      return Response.json(result, { headers });
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) console.error(error);
      status = HTTP_STATUS[appError?.code ?? "INTERNAL"];
      return errorResponse(appError);
    } finally {
      // Refused for the rate limit: not a use, and a flood of them must not flood the audit log.
      if (actor?.token && status !== 429)
        await recordTokenUse(actor, { method: request.method, path: new URL(request.url).pathname, status }).catch((error: unknown) =>
          console.error(error),
        );
    }
  };
}

/** CORS preflight for API routes (browsers ask before sending Authorization from another site). */
export function apiOptions(methods: string) {
  return async () =>
    new Response(null, {
      status: 204,
      headers: { ...CORS_HEADERS, "access-control-allow-methods": `${methods}, OPTIONS`, "access-control-max-age": "86400" },
    });
}
