"use client";
// The open claim's panel, kept current while others work on the same claim. Live updates refresh
// the page's data; when that brings a version of this claim the panel's own saves did not make
// and the editor has nothing unsaved, the panel is rebuilt from the stored claim (without taking
// focus) and says whose changes it shows. With unsaved changes it is left alone: the next save
// meets the conflict, and ConflictNotice offers the choice.
import { useRouter } from "next/navigation";
import { type ComponentProps, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { claimWriter } from "../claim-writer";
import { lastChangeBy } from "../live/last-changes";
import { ClaimPanel } from "./ClaimPanel";

/** How to find the focused control again in the rebuilt panel: its kind and its name. */
type FocusMark = { tag: string; name: string };
const nameOf = (element: Element) =>
  (element.getAttribute("aria-label") ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "").trim();

function focusMark(): FocusMark | null {
  const active = document.activeElement;
  const panel = document.querySelector(".claim-panel");
  return active && panel?.contains(active) ? { tag: active.tagName, name: nameOf(active) } : null;
}

/** Focus where it was (the same field or button), else the panel's heading: never lost to the page. */
function restoreFocus(mark: FocusMark) {
  const panel = document.querySelector(".claim-panel");
  if (!panel) return;
  const same = [...panel.querySelectorAll<HTMLElement>(mark.tag)].find((element) => nameOf(element) === mark.name);
  (same ?? panel.querySelector<HTMLElement>("h2[tabindex]"))?.focus({ preventScroll: true });
}

type Props = Omit<ComponentProps<typeof ClaimPanel>, "focusOnOpen" | "onSettled" | "onReload" | "liveNotice">;

export function LiveClaimPanel(props: Props) {
  const router = useRouter();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const reloadWanted = useRef(false);
  const refocus = useRef<FocusMark | null>(null);
  const { id, version } = props.claim;

  const rebuild = useCallback((text: string) => {
    refocus.current = focusMark();
    setNotice(text);
    setGeneration((value) => value + 1);
  }, []);

  /** Rebuilds the panel when the page holds someone else's newer version and nothing here is unsaved. */
  const catchUp = useCallback(() => {
    const writer = claimWriter(id);
    if (!writer || version <= writer.version() || !writer.idle()) return;
    const who = lastChangeBy(id);
    rebuild(`Updated with ${who ? `${who}’s` : "someone else’s"} changes.`);
  }, [id, version, rebuild]);
  // The saver's state lives outside React (the claim writer registry): read after the new data rendered.
  useEffect(() => queueMicrotask(catchUp), [catchUp]);

  // "Take theirs" and "Keep mine" ask for the stored claim: fetched, then a fresh panel.
  useEffect(() => {
    if (refreshing || !reloadWanted.current) return;
    reloadWanted.current = false;
    queueMicrotask(() => rebuild("Showing the claim as it is stored now."));
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
    <ClaimPanel key={generation} {...props} focusOnOpen={generation === 0} onSettled={catchUp} onReload={reload} liveNotice={notice} />
  );
}
