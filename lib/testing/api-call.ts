// Calls an API v1 route handler as a request from its own address (so rate limits do not mix
// tests), with an optional token, exactly as a production build passes (or omits) path params.
import { CLIENT_ADDRESS_HEADER } from "@/lib/config/client-address";

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export const BASE = "http://desk.test";
let address = 0;

export function callRoute(
  handler: Handler,
  path: string,
  { token, params = {}, init = {}, from }: { token?: string; params?: Record<string, string>; init?: RequestInit; from?: string } = {},
) {
  const headers = new Headers(init.headers);
  headers.set(CLIENT_ADDRESS_HEADER, from ?? `192.0.2.${++address % 250}`);
  headers.set("host", "desk.test");
  if (token) headers.set("authorization", `Bearer ${token}`);
  // As in a production build, a route without path segments gets no params at all.
  const context = Object.keys(params).length ? { params: Promise.resolve(params) } : undefined;
  return handler(new Request(`${BASE}${path}`, { ...init, headers }), context as never);
}
