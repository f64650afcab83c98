// The words of a post as the similar-claims ranking matches them: each word's stem in the post's
// language (guessed from its stop words, English when it has none), and, for fact-checks indexed
// in no language, the word itself. Stop words have no lexemes and match nothing.
import { db } from "@/lib/db";
import { cleanPost, wordsOf } from "@/lib/domain/similar/clean-post";
import type { QueryWord } from "@/lib/domain/similar/ranking";

/** The post's words with the lexemes each one matches. */
export async function queryWords(post: string): Promise<QueryWord[]> {
  const cleaned = cleanPost(post);
  const words = wordsOf(cleaned).slice(0, 200);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ word: string; stems: string[]; plain: string[] }[]>`
    WITH cfg AS (
      SELECT CASE WHEN g = 'factcheck_simple'::regconfig THEN 'factcheck_english'::regconfig ELSE g END AS c
      FROM factcheck_guess_config(${cleaned}) AS g
    )
    SELECT w.word,
      ARRAY(SELECT u.lexeme FROM unnest(to_tsvector(cfg.c, w.word)) AS u) AS "stems",
      ARRAY(SELECT u.lexeme FROM unnest(to_tsvector('factcheck_simple', w.word)) AS u) AS "plain"
    FROM cfg, unnest(${words}::text[]) WITH ORDINALITY AS w(word, ord) ORDER BY w.ord`;
  return rows.map((row) => ({ word: row.word, lexemes: row.stems.length ? [...new Set([...row.stems, ...row.plain])] : [] }));
}
