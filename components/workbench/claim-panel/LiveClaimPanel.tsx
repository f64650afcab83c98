"use client";
// The open claim's panel, kept current while others work on the same claim. Live updates refresh
// the page's data; when that brings a version of this claim the panel's own saves did not make,
// and rebuilding costs the editor nothing (nothing unsaved, no draft, not typing: panel-drafts.ts),
// the panel is rebuilt from the stored claim, keeping the focus where it was, and says whose
// changes it shows. Otherwise it says that someone changed (or deleted) the claim and offers
// "Show their changes"; a save meanwhile meets the conflict, and ConflictNotice offers the choice.
import { useRouter } from "next/navigation";
import { type ComponentProps, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { claimWriter } from "../claim-writer";
import { lastChangeBy, onChangeHeard } from "../live/last-changes";
import { ClaimPanel } from "./ClaimPanel";
import { LiveNotices } from "./LiveNotices";
import { panelHasDrafts } from "./panel-drafts";

/** How to find the focused control again in the rebuilt panel: its kind and its name. */
type FocusMark = { tag: string; name: string } | "heading";
const nameOf = (element: Element) =>
  (element.getAttribute("aria-label") ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "").trim();
const thePanel = () => document.querySelector(".claim-panel");

function focusMark(): FocusMark | null {
  const active = document.activeElement;
  return active && thePanel()?.contains(active) ? { tag: active.tagName, name: nameOf(active) } : null;
}

/** Focus where it was (the same field or button), else the panel's heading: never lost to the page. */
function restoreFocus(mark: FocusMark) {
  const panel = thePanel();
  if (!panel) return;
  const same =
    mark === "heading" ? null : [...panel.querySelectorAll<HTMLElement>(mark.tag)].find((element) => nameOf(element) === mark.name);
  (same ?? panel.querySelector<HTMLElement>("h2[tabindex]"))?.focus({ preventScroll: true });
}

const NOTICE_MS = 8_000;
type Props = Omit<ComponentProps<typeof ClaimPanel>, "focusOnOpen" | "onSettled" | "onReload">;
type Waiting = { text: string; deleted: boolean } | null;

export function LiveClaimPanel(props: Props) {
  const router = useRouter();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<Waiting>(null);
  const [refreshing, startRefresh] = useTransition();
  const reloadWanted = useRef(false);
  const refocus = useRef<FocusMark | null>(null);
  const { id, version } = props.claim;

  const rebuild = useCallback((text: string, focus: FocusMark | null = focusMark()) => {
    refocus.current = focus;
    setWaiting(null);
    setNotice(text);
    setGeneration((value) => value + 1);
  }, []);

  /** The page holds someone else's newer version: rebuild when that costs nothing, else say so. */
  const catchUp = useCallback(() => {
    const writer = claimWriter(id);
    if (!writer || version <= writer.version()) return;
    const who = lastChangeBy(id);
    if (writer.idle() && !panelHasDrafts(thePanel())) return rebuild(`Updated with ${who ? `${who}’s` : "someone else’s"} changes.`);
    if (writer.idle()) setWaiting({ text: `${who ?? "Someone else"} changed this claim.`, deleted: false });
  }, [id, version, rebuild]);
  // The saver's state lives outside React (the claim writer registry): read after the new data rendered.
  useEffect(() => queueMicrotask(catchUp), [catchUp]);

  // A deletion is not in the page's data while the panel is kept (LiveArticle holds the refresh).
  useEffect(
    () =>
      onChangeHeard((change) => {
        if (change.claimId === id && change.deleted && !change.mine)
          setWaiting({
            text: `${change.actorName ?? "Someone else"} deleted this claim. Copy what you need: it cannot be saved.`,
            deleted: true,
          });
      }),
    [id],
  );

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // "Take theirs", "Keep mine" and "Show their changes" ask for the stored claim: fetched, then a fresh panel.
  useEffect(() => {
    if (refreshing || !reloadWanted.current) return;
    reloadWanted.current = false;
    queueMicrotask(() => rebuild("Showing the claim as it is stored now.", "heading"));
  }, [refreshing, rebuild]);
  const reload = useCallback(() => {
    reloadWanted.current = true;
    startRefresh(() => router.refresh());
  }, [router]);

  useEffect(() => {
    if (refocus.current) restoreFocus(refocus.current);
    refocus.current = null;
  }, [generation]);

  return (
    <>
      {/* Outside the rebuilt panel, so that its status region stays and what it says is announced. */}
      <LiveNotices
        notice={notice}
        update={waiting && { ...waiting, onShow: waiting.deleted ? null : reload }}
        articleId={props.articleId}
      />
      <ClaimPanel key={generation} {...props} focusOnOpen={generation === 0} onSettled={catchUp} onReload={reload} />
    </>
  );
}
