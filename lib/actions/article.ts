"use server";
// Thin adapters: form data → shared schema input → session actor → use-case → result.
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, AppError } from "@/lib/errors";
import { addArticleRevision } from "@/lib/server/articles/add-revision";
import { importArticle } from "@/lib/server/articles/import-article";
import { previewArticleUrl } from "@/lib/server/articles/preview-article-url";
import { reattachClaim } from "@/lib/server/claims/reattach-claim";
import { articlePath, attempt } from "./attempt";

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

/** "Check for a new version" (kind "recheck") and "Upload a new version" (pasted text or a file). */
export async function addRevisionAction(form: FormData) {
  return attempt(
    async () => {
      if (!(form instanceof FormData)) throw new AppError("INVALID_INPUT", "Send the new version form.");
      const kind = text(form, "kind");
      const articleId = text(form, "articleId");
      const file = form.get("file");
      const input =
        kind === "file"
          ? { kind, articleId, fileName: file instanceof File ? file.name : "", content: file instanceof File ? await file.text() : "" }
          : { kind, articleId, text: text(form, "text") };
      return addArticleRevision({ actor: await getActor(), input });
    },
    () => articlePath(text(form, "articleId")),
  );
}

export async function reattachClaimAction(articleId: string, input: { claimId: string; version: number; start: number; end: number }) {
  return attempt(
    async () => {
      articlePath(articleId);
      return reattachClaim({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}
