"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, toActionResult } from "@/lib/errors";
import { createClaim } from "@/lib/server/claims/create-claim";

export async function createClaimAction(input: { articleId: string; start: number; end: number }): Promise<ActionResult<{ claimId: string }>> {
  try {
    const claim = await createClaim({ actor: await getActor(), input });
    revalidatePath(`/articles/${input.articleId}`);
    return { ok: true, data: { claimId: claim.id } };
  } catch (error) {
    return toActionResult(error);
  }
}
