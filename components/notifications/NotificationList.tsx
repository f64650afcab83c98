import { KIND_NAMES, type NotificationKind } from "@/lib/domain/notifications/notification-kinds";

type Item = { id: string; kind: NotificationKind; message: string; createdAt: Date; unread: boolean };
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * One's notifications, newest first. "New" is written out (not a colour) and read first by a
 * screen reader. Each opens through /notifications/open/<id>, which marks it read on the way:
 * a plain link, so the router never prefetches it (a prefetch would mark it read unseen).
 */
export function NotificationList({ notifications }: { notifications: Item[] }) {
  return (
    <ol className="stack notification-list">
      {notifications.map((item) => (
        <li key={item.id} className={item.unread ? "card notification notification--unread" : "card notification"}>
          <p className="notification__meta">
            {item.unread && <span className="state-pill state-pill--IN_REVIEW">New</span>}
            <span className="state-pill">{KIND_NAMES[item.kind]}</span>
            <time dateTime={item.createdAt.toISOString()}>{when.format(item.createdAt)} UTC</time>
          </p>
          <a href={`/notifications/open/${item.id}`} className="notification__link">
            {item.unread && <span className="visually-hidden">New: </span>}
            {item.message}
          </a>
        </li>
      ))}
    </ol>
  );
}
