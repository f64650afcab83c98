// The address a request came from, for throttling. The web server (lib/runtime/cli/serve.ts) writes
// the socket's address into CLIENT_ADDRESS_HEADER and drops any such header a client sent; behind a
// proxy that sets X-Forwarded-For (TRUST_PROXY=true) its first address is used instead.
export const CLIENT_ADDRESS_HEADER = "x-factcheck-client-address";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | null }).get(name)
      : (headers as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

export function clientAddress(headers: HeaderSource): string {
  const forwarded = process.env.TRUST_PROXY === "true" ? read(headers, "x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  return (forwarded || read(headers, CLIENT_ADDRESS_HEADER) || "unknown").slice(0, 64);
}
