"use server";
// Thin adapters for the workbench: raw input → session actor → use-case (which parses it) → result.
// Arguments are typed for the callers' convenience only: the server trusts none of them.
import { getActor } from "@/lib/auth/get-actor";
import type { UpdateClaimInput } from "@/lib/schemas/claim";
import type { LinkClaimMatchInput } from "@/lib/schemas/claim-match";
import type { CreateClaimantInput } from "@/lib/schemas/claimant";
import type { AddSourceInput, EditSourceInput } from "@/lib/schemas/source";
import { createClaimant, searchClaimants } from "@/lib/server/claimants/find-or-create-claimant";
import { suggestClaims } from "@/lib/server/check-worthiness/suggest-claims";
import { addSource } from "@/lib/server/claims/add-source";
import { linkClaimMatch, similarForClaim, unlinkClaimMatch } from "@/lib/server/claims/claim-matches";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { editSource } from "@/lib/server/claims/edit-source";
import { removeSource } from "@/lib/server/claims/remove-source";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { articlePath, attempt } from "./attempt";

export async function createClaimAction(input: { articleId: string; start: number; end: number }) {
  return attempt(
    async () => ({ claimId: (await createClaim({ actor: await getActor(), input })).id }),
    () => articlePath(input?.articleId),
  );
}

export async function deleteClaimAction(articleId: string, input: { claimId: string; version: number }) {
  return attempt(
    async () => {
      articlePath(articleId);
      await deleteClaim({ actor: await getActor(), input });
      return null;
    },
    () => articlePath(articleId),
  );
}

// Autosave runs on every pause in typing: the page is re-rendered only when the save changes what
// it shows beyond the panel's own fields (highlights and list: text, claimant, rating). The panel
// refreshes by itself when a save moved the claim to another state.
const SHOWN_OUTSIDE_THE_PANEL = ["text", "claimantId", "ratingId"] as const;

export async function updateClaimAction(articleId: string, input: UpdateClaimInput) {
  const refresh = typeof input === "object" && input !== null && SHOWN_OUTSIDE_THE_PANEL.some((field) => input[field] !== undefined);
  return attempt(
    async () => {
      articlePath(articleId);
      const claim = await updateClaim({ actor: await getActor(), input });
      return { version: claim.version, state: claim.state };
    },
    () => (refresh ? articlePath(articleId) : undefined),
  );
}

export async function addSourceAction(articleId: string, input: AddSourceInput) {
  return attempt(
    async () => {
      articlePath(articleId);
      const { source, version, state } = await addSource({ actor: await getActor(), input });
      return { sourceId: source.id, version, state };
    },
    () => articlePath(articleId),
  );
}

export async function editSourceAction(articleId: string, input: EditSourceInput) {
  return attempt(
    async () => {
      articlePath(articleId);
      return editSource({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function removeSourceAction(articleId: string, input: { claimId: string; version: number; sourceId: string }) {
  return attempt(
    async () => {
      articlePath(articleId);
      return removeSource({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function searchClaimantsAction(query: string) {
  return attempt(async () => searchClaimants({ actor: await getActor(), input: { query } }));
}

export async function createClaimantAction(input: CreateClaimantInput) {
  return attempt(async () => {
    const { id, name, title, sameAs, isOrganization } = await createClaimant({ actor: await getActor(), input });
    return { id, name, title, sameAs, isOrganization };
  });
}

export async function similarForClaimAction(input: { claimId: string; text: string }) {
  return attempt(async () => similarForClaim({ actor: await getActor(), input }));
}

export async function linkClaimMatchAction(articleId: string, input: LinkClaimMatchInput) {
  return attempt(
    async () => {
      articlePath(articleId);
      return linkClaimMatch({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function unlinkClaimMatchAction(articleId: string, input: { claimId: string; matchId: string }) {
  return attempt(
    async () => {
      articlePath(articleId);
      return unlinkClaimMatch({ actor: await getActor(), input });
    },
    () => articlePath(articleId),
  );
}

export async function suggestClaimsAction(articleId: string) {
  return attempt(async () => suggestClaims({ actor: await getActor(), input: { articleId } }));
}
