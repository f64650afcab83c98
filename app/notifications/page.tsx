import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { NotificationList } from "@/components/notifications/NotificationList";
import { markAllNotificationsReadAction } from "@/lib/actions/notification";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { countUnreadNotifications, listMyNotifications } from "@/lib/server/notifications/my-notifications";
import "./notifications.css";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor("/notifications");
  if (!can(actor, "notifications.use")) forbidden();
  const { page } = await searchParams;
  const { notifications, hasOlder, page: current } = await listMyNotifications({ actor, input: { page: page ?? "1" } });
  const unread = await countUnreadNotifications({ actor });
  return (
    <div className="page">
      <h1>Notifications</h1>
      <p className="page-lede">
        What concerns you on the desk, newest first: claims assigned to you, mentions, review decisions, publications and claims due soon.{" "}
        <Link href="/notifications/settings">Notification settings</Link>
      </p>
      {notifications.length > 0 && (
        <div className="notification-actions">
          <p>{unread ? `${unread} unread.` : "All read."}</p>
          <ActionForm
            action={markAllNotificationsReadAction}
            submitLabel="Mark all as read"
            success="All marked as read."
            quiet
            label="Mark all as read"
          >
            {/* What was on the page now: a notification arriving later stays unread. */}
            <input type="hidden" name="seenAt" value={new Date().toISOString()} />
          </ActionForm>
        </div>
      )}
      {notifications.length === 0 ? (
        <p className="empty-state">
          {current === 1
            ? "Nothing yet. You will be told here when a claim is assigned to you, someone mentions you, a reviewer decides on your claim, your work is published or a claim of yours is due soon."
            : "No older notifications."}
        </p>
      ) : (
        <NotificationList notifications={notifications} />
      )}
      {(hasOlder || current > 1) && (
        <nav aria-label="Notification pages" className="pagination">
          {current > 1 ? <Link href={current === 2 ? "/notifications" : `/notifications?page=${current - 1}`}>Newer</Link> : <span />}
          {hasOlder ? <Link href={`/notifications?page=${current + 1}`}>Older</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
