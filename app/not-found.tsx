import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="page-lede">This page does not exist, or the fact-check is no longer published.</p>
      <Link href="/">See the published fact-checks</Link>
    </div>
  );
}
