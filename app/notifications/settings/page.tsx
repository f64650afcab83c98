import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { saveNotificationSettingsAction } from "@/lib/actions/notification";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { KIND_LABELS } from "@/lib/domain/notifications/notification-kinds";
import { can } from "@/lib/permissions";
import { getNotificationSettings } from "@/lib/server/notifications/notification-settings";
import "../notifications.css";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requirePageActor("/notifications/settings");
  if (!can(actor, "notifications.use")) forbidden();
  const { settings, emailConfigured } = await getNotificationSettings({ actor });
  return (
    <div className="page">
      <p>
        <Link href="/notifications">← Notifications</Link>
      </p>
      <h1>Notification settings</h1>
      <p className="page-lede">
        Choose, for each kind of notification, whether you see it on your Notifications page and whether it is emailed to {actor.email}. You
        are never notified of what you did yourself.
      </p>
      {!emailConfigured && (
        <p className="card" role="note">
          Email is not configured on this desk (no SMTP_URL), so nothing is emailed. Your “By email” choices are kept for when it is.
        </p>
      )}
      <ActionForm
        action={saveNotificationSettingsAction}
        submitLabel="Save settings"
        success="Notification settings saved."
        label="Notification settings"
      >
        <ScrollArea label="Notification settings table">
          <table className="data-table notification-settings">
            <caption className="visually-hidden">Which notifications you receive, in the app and by email</caption>
            <thead>
              <tr>
                <th scope="col">Notify me when</th>
                <th scope="col">In the app</th>
                <th scope="col">By email</th>
              </tr>
            </thead>
            <tbody>
              {settings.map(({ kind, inApp, email }) => (
                <tr key={kind}>
                  <th scope="row">{KIND_LABELS[kind]}</th>
                  <td>
                    <input type="checkbox" name={`${kind}.inApp`} defaultChecked={inApp} aria-label={`${KIND_LABELS[kind]}: in the app`} />
                  </td>
                  <td>
                    <input type="checkbox" name={`${kind}.email`} defaultChecked={email} aria-label={`${KIND_LABELS[kind]}: by email`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </ActionForm>
    </div>
  );
}
