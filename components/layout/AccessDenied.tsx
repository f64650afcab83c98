import Link from "next/link";

export function AccessDenied({ what }: { what: string }) {
  return (
    <div className="page">
      <h1>Not available to your role</h1>
      <p className="page-lede">
        Your account cannot open {what}. If you need it, ask an admin to change your role.
      </p>
      <Link href="/">Back to the published fact-checks</Link>
    </div>
  );
}
