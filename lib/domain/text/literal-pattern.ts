// Prisma turns `contains`, `startsWith` and case-insensitive `equals` into Postgres LIKE/ILIKE
// patterns without escaping them: a search for "5%" or "A_B" would match far more than it says.
// Backslash is the pattern's escape character; this makes %, _ and \ match only themselves.

/** `text` as a LIKE pattern that matches exactly this text. */
export const literalPattern = (text: string) => text.replace(/[\\%_]/g, "\\$&");
