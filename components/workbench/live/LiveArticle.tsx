"use client";
// The article's live connection (server-sent events from /api/live/articles/[id], fed by Postgres
// LISTEN/NOTIFY so it works across app processes): who else has the article open, and the page's
// data refreshed when anyone else — or this person in another tab — marks, changes or deletes a
// claim. After any lost connection (a restart, a proxy's error answer, the app's 503) it connects
// again, with growing pauses, and refreshes, since changes may have been missed. Only a visible
// tab holds a connection: a browser allows six per server, and ten tabs in the background must
// not starve the one in use.
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { claimWriter } from "../claim-writer";
import { panelHasDrafts } from "../claim-panel/panel-drafts";
import { rememberChange } from "./last-changes";

type Person = { id: string; name: string };
type ClaimEvent = { claimId: string; version: number; deleted: boolean; actorId: string | null; actorName: string | null };

const REFRESH_PAUSE_MS = 100;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

function activity(event: ClaimEvent): string {
  const who = event.actorName ?? "Someone";
  if (event.deleted) return `${who} deleted a claim.`;
  return event.version === 1 ? `${who} marked a new claim.` : `${who} changed a claim.`;
}

export function LiveArticle({ articleId, me }: { articleId: string; me: string }) {
  const router = useRouter();
  const openClaimId = useSearchParams().get("claim");
  const openClaim = useRef(openClaimId);
  useEffect(() => {
    openClaim.current = openClaimId;
  }, [openClaimId]);
  const [others, setOthers] = useState<Person[]>([]);
  const [connected, setConnected] = useState(true);
  const [latest, setLatest] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let everConnected = false;
    // Several changes in a moment (a bulk action, re-anchoring) make one refresh.
    const refreshSoon = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), REFRESH_PAUSE_MS);
    };
    const onClaim = (event: ClaimEvent) => {
      // This tab's own save (answered, or still on its way back): nothing new to show. The same
      // person's other tabs refresh quietly.
      const writer = claimWriter(event.claimId);
      const mine = event.actorId === me;
      if (mine && writer && !event.deleted && (writer.version() >= event.version || !writer.idle())) return;
      rememberChange({ ...event, mine });
      if (!mine) setLatest(activity(event));
      // The open claim deleted while its editor has work on it: the panel stays (and says so)
      // until they leave it; refreshing now would take their text away.
      if (
        event.deleted &&
        event.claimId === openClaim.current &&
        writer &&
        (!writer.idle() || panelHasDrafts(document.querySelector(".claim-panel")))
      )
        return;
      refreshSoon();
    };
    const connect = () => {
      clearTimeout(retry);
      const current = new EventSource(`/api/live/articles/${articleId}`);
      source = current;
      current.addEventListener("ready", () => {
        setConnected(true);
        failures = 0;
        if (everConnected) refreshSoon();
        everConnected = true;
      });
      current.addEventListener("claim", (message) => onClaim(JSON.parse((message as MessageEvent<string>).data) as ClaimEvent));
      current.addEventListener("presence", (message) => {
        const { people } = JSON.parse((message as MessageEvent<string>).data) as { people: Person[] };
        setOthers(people.filter((person) => person.id !== me));
      });
      current.addEventListener("resync", refreshSoon);
      current.addEventListener("error", () => {
        setConnected(false);
        // The browser retries a dropped stream by itself, but gives up after an error answer.
        if (current.readyState !== EventSource.CLOSED || source !== current) return;
        source = null;
        retry = setTimeout(connect, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
      });
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        clearTimeout(retry);
        source?.close();
        source = null;
      } else if (!source) connect();
    };
    if (document.visibilityState !== "hidden") connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(timer.current);
      clearTimeout(retry);
      document.removeEventListener("visibilitychange", onVisibility);
      source?.close();
    };
  }, [articleId, me, router]);

  return (
    <div className="live-bar">
      <p className="muted">
        {!connected
          ? "Live updates paused: reconnecting…"
          : others.length === 0
            ? "Only you have this article open."
            : `Also here: ${others.map((person) => person.name).join(", ")}`}
      </p>
      <p role="status" className="muted">
        {latest}
      </p>
    </div>
  );
}
