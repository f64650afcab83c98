/** Where to go after signing in: only a path on this site, never another origin (open redirect). */
export function safeCallbackPath(value: string | undefined | null, fallback = "/articles"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
