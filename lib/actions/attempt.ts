// The one try/catch of every server action, and the checks of what an action takes besides the
// use-case's input (which page to refresh): everything a client sends is parsed before use.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, toActionResult } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { parseInput } from "@/lib/server/use-case";

export async function attempt<T>(work: () => Promise<T>, revalidate?: () => string | undefined): Promise<ActionResult<T>> {
  try {
    const data = await work();
    const path = revalidate?.();
    if (path) revalidatePath(path);
    return { ok: true, data };
  } catch (error) {
    return toActionResult(error);
  }
}

/** The workbench page of an article, from an id the client sent. */
export function articlePath(articleId: unknown): string {
  return `/articles/${parseInput(z.object({ articleId: idSchema }), { articleId }, "Choose an article.").articleId}`;
}

/** A desk page that shows a claim's discussion: its workbench or its review page. */
export function discussionPage(page: unknown): string {
  const schema = z.object({ page: z.string().regex(/^\/(articles|review)\/c[a-z0-9]{20,31}$/, "Not a desk page.") });
  return parseInput(schema, { page }, "Not a desk page.").page;
}
