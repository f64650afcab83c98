import Link from "next/link";
import { getActor } from "@/lib/auth/get-actor";
import { can, type Permission } from "@/lib/permissions";
import { countUnreadNotifications } from "@/lib/server/notifications/my-notifications";
import { SignOutButton } from "../auth/SignOutButton";
import { MainNav } from "./MainNav";

const NAV_ITEMS: { href: string; label: string; permission: Permission }[] = [
  { href: "/articles", label: "Articles", permission: "article.read" },
  { href: "/review", label: "Review queue", permission: "review-queue.read" },
  { href: "/claims", label: "Claims", permission: "claim.read" },
  { href: "/dashboard", label: "Dashboard", permission: "claim.read" },
  { href: "/search", label: "Search", permission: "search.use" },
  { href: "/notifications", label: "Notifications", permission: "notifications.use" },
  { href: "/admin", label: "Admin", permission: "user.manage" },
];

const ROLE_LABELS = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" } as const;

export async function SiteHeader({ publisherName }: { publisherName: string }) {
  const actor = await getActor();
  const items = actor ? NAV_ITEMS.filter((item) => can(actor, item.permission)) : [];
  const unread = actor && can(actor, "notifications.use") ? await countUnreadNotifications({ actor }) : 0;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ✓
          </span>
          {publisherName}
        </Link>
        {items.length > 0 && (
          <MainNav
            items={items.map(({ href, label }) => ({
              href,
              label: href === "/notifications" && unread ? `${label} (${unread} new)` : label,
            }))}
          />
        )}
        <div className="user-menu">
          {actor ? (
            <>
              <span>
                {actor.name} <span className="user-menu__role">· {ROLE_LABELS[actor.role]}</span>
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin">Sign in</Link>
          )}
        </div>
      </div>
    </header>
  );
}
