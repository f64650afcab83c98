// The site's public address, for everything that leaves the desk (reader pages' canonical and
// OpenGraph URLs, ClaimReview url and author.url): PUBLIC_BASE_URL when it is set, else the origin
// the request came to. Read at request time, so nothing frozen into a publication depends on it.
// X-Forwarded-Proto/Host are believed only behind a proxy that sets them (TRUST_PROXY=true):
// from anyone else they would let a client write its own host into a cacheable page.

type HeaderValue = string | string[] | null | undefined;
export type OriginHeaders = { get(name: string): string | null } | Record<string, HeaderValue>;

/** PUBLIC_BASE_URL's origin, or null when it is unset (or not an http(s) address). */
export function configuredPublicOrigin(): string | null {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (!configured) return null;
  try {
    const url = new URL(configured);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

function header(headers: OriginHeaders, name: string): string | undefined {
  const value =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | null }).get(name)
      : (headers as Record<string, HeaderValue>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(",")[0]?.trim() || undefined;
}

/** The public origin for a request: configured, else its (proxy-forwarded) protocol and host. */
export function publicOrigin(headers: OriginHeaders): string {
  const configured = configuredPublicOrigin();
  if (configured) return configured;
  const trustProxy = process.env.TRUST_PROXY === "true";
  const proto = trustProxy && header(headers, "x-forwarded-proto") === "https" ? "https" : "http";
  const host = (trustProxy ? header(headers, "x-forwarded-host") : undefined) ?? header(headers, "host") ?? "localhost";
  // A host header is attacker-controlled: keep only what a host name and port can contain.
  return /^[a-z0-9.\-[\]:]{1,255}$/i.test(host) ? `${proto}://${host.toLowerCase()}` : "http://localhost";
}
