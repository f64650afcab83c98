"use server";
// Thin adapters for the workflow: submit, reopen, approve, request changes, publish, unpublish.
import { getActor } from "@/lib/auth/get-actor";
import { reopenClaim } from "@/lib/server/claims/reopen-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { unpublishArticle } from "@/lib/server/publications/unpublish-article";
import { approveClaim } from "@/lib/server/reviews/approve-claim";
import { requestChanges } from "@/lib/server/reviews/request-changes";
import { articlePath, attempt } from "./attempt";

type ClaimVersion = { claimId: string; version: number };
type Decision = { claimId: string; version: number; verdictVersion: number; reason?: string };

export async function submitClaimAction(articleId: string, input: ClaimVersion) {
  return attempt(
    async () => {
      articlePath(articleId);
      return submitClaim({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function reopenClaimAction(articleId: string, input: ClaimVersion) {
  return attempt(
    async () => {
      articlePath(articleId);
      return reopenClaim({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function approveClaimAction(input: Decision) {
  return attempt(
    async () => approveClaim({ actor: await getActor(), input }),
    () => "/review",
  );
}

export async function requestChangesAction(input: Decision) {
  return attempt(
    async () => requestChanges({ actor: await getActor(), input }),
    () => "/review",
  );
}

export async function publishArticleAction(input: { articleId: string; correctionNote: string }) {
  return attempt(
    async () => {
      return publishArticle({ actor: await getActor(), input });
    },
    () => articlePath(input.articleId),
  );
}

export async function unpublishArticleAction(input: { articleId: string }) {
  return attempt(
    async () => {
      await unpublishArticle({ actor: await getActor(), input });
      return null;
    },
    () => articlePath(input.articleId),
  );
}
