"use server";
import { getActor } from "@/lib/auth/get-actor";
import { addComment } from "@/lib/server/comments/add-comment";
import { attempt, discussionPage } from "./attempt";

/** `page`: the desk page showing the discussion, refreshed after posting. */
export async function addCommentAction(page: string, input: { claimId: string; body: string; parentId?: string }) {
  return attempt(
    async () => {
      discussionPage(page);
      return addComment({ actor: await getActor(), input });
    },
    () => discussionPage(page),
  );
}
