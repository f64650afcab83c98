// Where to go after signing in: only a path on this site, never another origin (open redirect).
// Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\tevil.example"
// or "/\\evil.example" would leave the site: any control character or backslash is refused, and
// what is left must resolve to this site's own origin.
const SAME_SITE = "http://same-site.invalid";

export function safeCallbackPath(value: unknown, fallback = "/articles"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, SAME_SITE);
    if (url.origin !== SAME_SITE) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Resolving can itself produce a network-path reference ("/.//evil.example" → "//evil.example").
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}
