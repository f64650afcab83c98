// API v1: published fact-checks, newest publication first, a page at a time. The cursor names the
// last item seen (its publication time and article), so pages never repeat or skip an item when
// something is published meanwhile.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listFactChecksSchema } from "@/lib/schemas/api";
import { listedSnapshotSchema } from "@/lib/schemas/publication";
import { definePublicUseCase } from "../use-case";

type Row = { id: string; slug: string; version: number; publishedAt: Date; firstPublishedAt: Date; snapshot: unknown };
type Cursor = { publishedAt: Date; articleId: string };

const encodeCursor = (row: Row) => Buffer.from(JSON.stringify([row.publishedAt.toISOString(), row.id])).toString("base64url");

function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [at, articleId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const publishedAt = new Date(String(at));
    if (typeof articleId === "string" && !Number.isNaN(publishedAt.getTime())) return { publishedAt, articleId };
  } catch {
    // reported below
  }
  throw new AppError("INVALID_INPUT", "This cursor is not one the API gave out.", { cursor: ["Use the nextCursor of the previous page."] });
}

export const listFactChecks = definePublicUseCase(
  { schema: listFactChecksSchema, invalid: "Check the paging parameters." },
  async ({ input }) => {
    const after = decodeCursor(input.cursor);
    // Far in the future and past every id: "no cursor" as a cursor keeps the query a single one.
    const from = after ?? { publishedAt: new Date("9999-12-31T00:00:00Z"), articleId: "~" };
    // The article's text stays out: a page of fact-checks stays small.
    const rows = await db.$queryRaw<Row[]>`
      SELECT a."id", a."slug", p."version", p."publishedAt", first."publishedAt" AS "firstPublishedAt",
             jsonb_build_object('article', (p."snapshot"->'article') - 'plainText' - 'html', 'claims', p."snapshot"->'claims',
                                'scale', p."snapshot"->'scale', 'publisher', p."snapshot"->'publisher') AS "snapshot"
      FROM "Article" a
      JOIN LATERAL (SELECT "version", "publishedAt", "snapshot" FROM "Publication" WHERE "articleId" = a."id" ORDER BY "version" DESC LIMIT 1) p ON true
      JOIN LATERAL (SELECT "publishedAt" FROM "Publication" WHERE "articleId" = a."id" ORDER BY "version" ASC LIMIT 1) first ON true
      WHERE a."publicationStatus" = 'PUBLISHED' AND (p."publishedAt", a."id") < (${from.publishedAt}, ${from.articleId})
      ORDER BY p."publishedAt" DESC, a."id" DESC
      LIMIT ${input.limit + 1}`;
    const page = rows.slice(0, input.limit);
    return {
      items: page.map((row) => ({ ...row, snapshot: listedSnapshotSchema.parse(row.snapshot) })),
      nextCursor: rows.length > input.limit ? encodeCursor(page.at(-1)!) : null,
    };
  },
);
