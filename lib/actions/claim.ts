"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, toActionResult } from "@/lib/errors";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";

export async function createClaimAction(input: { articleId: string; start: number; end: number }): Promise<ActionResult<{ claimId: string }>> {
  try {
    const claim = await createClaim({ actor: await getActor(), input });
    revalidatePath(`/articles/${input.articleId}`);
    return { ok: true, data: { claimId: claim.id } };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function deleteClaimAction(input: { articleId: string; claimId: string; version: number }): Promise<ActionResult<null>> {
  try {
    await deleteClaim({ actor: await getActor(), claimId: input.claimId, version: input.version });
    revalidatePath(`/articles/${input.articleId}`);
    return { ok: true, data: null };
  } catch (error) {
    return toActionResult(error);
  }
}
