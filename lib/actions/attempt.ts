// The one try/catch of every server action: the use-case's result, or its error as an ActionResult.
import { revalidatePath } from "next/cache";
import { type ActionResult, toActionResult } from "@/lib/errors";

export async function attempt<T>(work: () => Promise<T>, revalidate?: string): Promise<ActionResult<T>> {
  try {
    const data = await work();
    if (revalidate) revalidatePath(revalidate);
    return { ok: true, data };
  } catch (error) {
    return toActionResult(error);
  }
}
