"use server";
// Thin adapters: form data → shared schema input → session actor → use-case → result.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, toActionResult } from "@/lib/errors";
import { importArticle } from "@/lib/server/articles/import-article";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function importArticleAction(form: FormData): Promise<ActionResult<{ articleId: string }>> {
  try {
    const kind = text(form, "kind");
    const file = form.get("file");
    const metadata = { title: text(form, "title"), byline: text(form, "byline"), siteName: text(form, "siteName") };
    const input =
      kind === "url"
        ? { kind, url: text(form, "url"), ...metadata }
        : kind === "file"
          ? { kind, fileName: file instanceof File ? file.name : "", content: file instanceof File ? await file.text() : "", ...metadata }
          : { kind: "text", text: text(form, "text"), ...metadata, title: text(form, "title") ?? "" };
    const result = await importArticle({ actor: await getActor(), input, allowDuplicate: text(form, "allowDuplicate") === "true" });
    revalidatePath("/articles");
    return { ok: true, data: { articleId: result.articleId } };
  } catch (error) {
    return toActionResult(error);
  }
}
