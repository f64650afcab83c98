import type { Metadata } from "next";
import { type ReactNode, Suspense } from "react";
import { PageFocus } from "@/components/layout/PageFocus";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getPublisherProfile } from "@/lib/server/publisher/get-publisher-profile";
// The shared rules live in public/ because the public fact-check documents (outside React) load
// the same file as /styles/site.css.
import "../public/styles/site.css";
import "./globals.css";
import "./desk.css";
import "./live.css";

export async function generateMetadata(): Promise<Metadata> {
  const profile = await getPublisherProfile();
  return { title: { default: profile.name, template: `%s · ${profile.name}` }, description: profile.description };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const profile = await getPublisherProfile();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader publisherName={profile.name} />
        <main id="main">{children}</main>
        <Suspense>
          <PageFocus />
        </Suspense>
        <footer className="site-footer">
          <div className="site-footer__inner">{profile.name} · Every verdict is checked by a second editor before it is published.</div>
        </footer>
      </body>
    </html>
  );
}
