// Forgetting cached public pages in every app process: here at once, and in the others through a
// NOTIFY each process listens for (startPageCacheSync, started with the server). A process that
// lost its listening connection forgets everything once it is back: it may have missed one.
import { announce, CHANNELS } from "../live/announce";
import { listen, onResync } from "../live/pg-listener";
import { forgetAllPagesHere, forgetFactCheckHere } from "./page-cache";

const EVERYTHING = "*";

/** After publishing, unpublishing or a new revision: the fact-check's pages, the home page and the feeds. */
export async function forgetFactCheck(slug: string): Promise<void> {
  forgetFactCheckHere(slug);
  await announce(CHANNELS.pages, slug).catch(() => undefined);
}

/** After a change every page shows (the publisher's name). */
export async function forgetAllPages(): Promise<void> {
  forgetAllPagesHere();
  await announce(CHANNELS.pages, EVERYTHING).catch(() => undefined);
}

export async function startPageCacheSync(): Promise<void> {
  onResync(forgetAllPagesHere);
  await listen(CHANNELS.pages, (slug) => (slug === EVERYTHING ? forgetAllPagesHere() : forgetFactCheckHere(slug)));
}
