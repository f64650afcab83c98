// A post as the similar-claims ranking reads it: the words people wrote, without what platforms add
// around them. Links, @handles and "RT" say nothing about the claim; a hashtag often says it all
// in one word (#StarlinkUkraine), so it is split into its words.

// Posts copied from platforms keep their HTML entities ("Q&amp;A").
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The text of `post` with links, handles and emoji removed and hashtags split into words. */
export function cleanPost(post: string): string {
  return post
    .replace(/&(amp|lt|gt|quot|#39);/giu, (_, name: string) => ENTITIES[name.toLowerCase()] ?? " ")
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|ly|be|gl|io|gov|edu|news|info|me|tv)\/\S*/giu, " ")
    .replace(/\(@[\p{L}\p{N}_]+\)|(^|\s)@[\p{L}\p{N}_]+:?/gu, " ")
    .replace(/\bRT\b:?/gu, " ")
    .replace(/#([\p{L}\p{N}_]+)/gu, (_, tag: string) => splitHashtag(tag))
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** "StarlinkUkraine" → "Starlink Ukraine", "covid19_vaccine" → "covid 19 vaccine". */
export function splitHashtag(tag: string): string {
  return tag
    .replace(/_/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_, l1?: string, n1?: string, n2?: string, l2?: string) =>
      l1 ? `${l1} ${n1}` : `${n2} ${l2}`,
    );
}

/** The words of a text, in order, each once (letters, digits, inner hyphens and apostrophes). */
export function wordsOf(text: string): string[] {
  return [...new Set(text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])];
}
