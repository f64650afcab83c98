// The embeddable card of a published fact-check and its oEmbed answer. Cards are kept in the public
// page cache like reader pages (publishing or withdrawing forgets them); only published versions show.
import { embedContentSecurityPolicy, embedNotFoundCard, renderEmbedCard } from "@/lib/domain/embeds/render-embed-card";
import { embedTargetOf, type OEmbed, oembedAnswer } from "@/lib/domain/embeds/oembed";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { getPublishedFactCheck } from "./get-published-fact-check";
import { type CachedPage, cachedPage, embedPath } from "./page-cache";

/** The card for a slug and version (latest unless asked); a small "not available" card (404) otherwise. */
export async function embedCardPage(slug: string, version: number | undefined, origin: string): Promise<CachedPage> {
  return cachedPage(embedPath(slug, version), origin, async () => {
    const factCheck = await getPublishedFactCheck(slug, version);
    if (!factCheck) {
      const card = embedNotFoundCard((await getPublisherProfile()).name, origin);
      return { status: 404, html: card.html, csp: embedContentSecurityPolicy(card.styleHashes) };
    }
    const card = renderEmbedCard(factCheck, origin);
    return { status: 200, html: card.html, csp: embedContentSecurityPolicy(card.styleHashes) };
  });
}

type Asked = { url: string; origin: string; maxWidth?: number; maxHeight?: number };

/** The oEmbed answer for a reader page address of this site; null when it names no published fact-check. */
export async function oembedFor({ url, origin, maxWidth, maxHeight }: Asked): Promise<OEmbed | null> {
  const target = embedTargetOf(url, origin);
  if (!target) return null;
  const factCheck = await getPublishedFactCheck(target.slug, target.version);
  if (!factCheck) return null;
  const profile = await getPublisherProfile();
  return oembedAnswer({ fc: factCheck, origin, providerName: profile.name, maxWidth, maxHeight });
}
