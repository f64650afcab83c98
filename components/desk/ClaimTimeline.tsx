// What happened to a claim, newest first: who did what, when, with before → after for readable
// fields. Plain markup, usable from server pages and from the (client) claim panel.
export type TimelineEvent = { id: string; at: string; who: string; summary: string; details: string[] };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <details className="panel-section claim-timeline">
      <summary>History ({events.length})</summary>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id}>
            <strong>{event.who}</strong> {event.summary} · <time dateTime={event.at}>{when.format(new Date(event.at))} UTC</time>
            {event.details.length > 0 && (
              <ul className="timeline__details">
                {event.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
