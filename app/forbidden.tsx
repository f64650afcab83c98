import Link from "next/link";

// Answered with HTTP 403 (forbidden() from a page, next.config.js authInterrupts).
export default function Forbidden() {
  return (
    <div className="page">
      <h1>Not available to your role</h1>
      <p className="page-lede">Your account cannot open this page. If you need it, ask an admin to change your role.</p>
      <Link href="/articles">Back to the articles</Link>
    </div>
  );
}
