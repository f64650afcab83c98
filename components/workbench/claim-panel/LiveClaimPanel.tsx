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

type Props = Omit<ComponentProps<typeof ClaimPanel>, "focusOnOpen" | "onSettled" | "onReload" | "liveNotice">;

export function LiveClaimPanel(props: Props) {
  const router = useRouter();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const reloadWanted = useRef(false);
  const { id, version } = props.claim;

  const rebuild = useCallback((text: string) => {
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

  return (
    <ClaimPanel key={generation} {...props} focusOnOpen={generation === 0} onSettled={catchUp} onReload={reload} liveNotice={notice} />
  );
}
