import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/import/ImportForm";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Import article" };

export default async function ImportPage() {
  const actor = await requirePageActor("/articles/import");
  if (!can(actor, "article.import")) forbidden();
  return (
    <div className="page" style={{ maxWidth: "46rem" }}>
      <h1>Import article</h1>
      <p className="page-lede">
        Bring an article onto the desk from its web address, by pasting its text, or from an HTML, Markdown or text file. The imported text
        is kept exactly as imported; claims are marked on top of it.
      </p>
      <ImportForm />
    </div>
  );
}
