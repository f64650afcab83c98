"use client";
// The article's live connection (server-sent events from /api/live/articles/[id], fed by Postgres
// LISTEN/NOTIFY so it works across app processes): who else has the article open, and the page's
// data refreshed when someone else marks, changes or deletes a claim. The browser reconnects by
// itself; after a reconnection the page is refreshed, since changes may have been missed. A tab in
// the background lets its connection go (a browser allows six connections to a server: ten open
// tabs must not starve the page that is in use) and catches up when it is shown again.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { rememberChange } from "./last-changes";

type Person = { id: string; name: string };
type ClaimEvent = { claimId: string; version: number; deleted: boolean; actorId: string | null; actorName: string | null };

const REFRESH_PAUSE_MS = 100;

function activity(event: ClaimEvent): string {
  const who = event.actorName ?? "Someone";
  if (event.deleted) return `${who} deleted a claim.`;
  return event.version === 1 ? `${who} marked a new claim.` : `${who} changed a claim.`;
}

export function LiveArticle({ articleId, me }: { articleId: string; me: string }) {
  const router = useRouter();
  const [others, setOthers] = useState<Person[]>([]);
  const [connected, setConnected] = useState(true);
  const [latest, setLatest] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let source: EventSource | null = null;
    let everConnected = false;
    // Several changes in a moment (a bulk action, re-anchoring) make one refresh.
    const refreshSoon = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), REFRESH_PAUSE_MS);
    };
    const connect = () => {
      source = new EventSource(`/api/live/articles/${articleId}`);
      listenTo(source);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        source?.close();
        source = null;
      } else if (!source) connect();
    };
    const listenTo = (source: EventSource) => {
      source.addEventListener("ready", () => {
        setConnected(true);
        if (everConnected) refreshSoon();
        everConnected = true;
      });
      source.addEventListener("claim", (message) => {
        const event = JSON.parse((message as MessageEvent<string>).data) as ClaimEvent;
        rememberChange(event.claimId, event.version, event.actorName);
        if (event.actorId === me) return;
        setLatest(activity(event));
        refreshSoon();
      });
      source.addEventListener("presence", (message) => {
        const { people } = JSON.parse((message as MessageEvent<string>).data) as { people: Person[] };
        setOthers(people.filter((person) => person.id !== me));
      });
      source.addEventListener("resync", refreshSoon);
      source.addEventListener("error", () => setConnected(false));
    };
    connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(timer.current);
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
