"use server";
// Thin adapters: form data → shared schema input → session actor → use-case → result.
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, AppError } from "@/lib/errors";
import { importArticle } from "@/lib/server/articles/import-article";
import { previewArticleUrl } from "@/lib/server/articles/preview-article-url";
import { attempt } from "./attempt";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const METADATA_FIELDS = ["title", "byline", "siteName", "publishedTime", "language"] as const;

export async function importArticleAction(form: FormData): Promise<ActionResult<{ articleId: string }>> {
  return attempt(
    async () => {
      if (!(form instanceof FormData)) throw new AppError("INVALID_INPUT", "Send the import form.");
      const kind = text(form, "kind");
      const file = form.get("file");
      const metadata = Object.fromEntries(METADATA_FIELDS.map((name) => [name, text(form, name)]));
      const input =
        kind === "url"
          ? { kind, url: text(form, "url"), ...metadata }
          : kind === "file"
            ? { kind, fileName: file instanceof File ? file.name : "", content: file instanceof File ? await file.text() : "", ...metadata }
            : { kind: "text", text: text(form, "text"), ...metadata, title: text(form, "title") ?? "" };
      const result = await importArticle({
        actor: await getActor(),
        input: { ...input, allowDuplicate: text(form, "allowDuplicate") === "true" },
      });
      return { articleId: result.articleId };
    },
    () => "/articles",
  );
}

export async function previewArticleUrlAction(url: string) {
  return attempt(async () => previewArticleUrl({ actor: await getActor(), input: { url } }));
}
