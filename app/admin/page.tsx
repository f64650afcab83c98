import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  { href: "/admin/users", title: "Users", text: "Create accounts, change roles, disable people who left." },
  { href: "/admin/scale", title: "Rating scale", text: "Labels, values, order, colours and icons of the verdicts." },
  { href: "/admin/publisher", title: "Publisher profile", text: "Who publishes, and how many approvals a verdict needs." },
  { href: "/admin/tokens", title: "API tokens", text: "Tokens for other tools to read claims or import ClaimReview." },
  {
    href: "/admin/reference",
    title: "Reference archive",
    text: "Other fact-checkers' ClaimReview, imported to find similar claims; never republished as the desk's own.",
  },
];

export default async function AdminPage() {
  const actor = await requirePageActor("/admin");
  if (!can(actor, "user.manage")) forbidden();
  return (
    <div className="page">
      <h1>Admin</h1>
      <p className="page-lede">Settings of the desk. Every change is recorded in the audit log.</p>
      <ul className="fact-check-list">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="card">
              <h3>{section.title}</h3>
              <p className="muted">{section.text}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
