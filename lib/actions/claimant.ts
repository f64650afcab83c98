"use server";
// Thin adapters for the claimant record page: form data → use-case (which parses it) → result.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { mergeClaimants, updateClaimant } from "@/lib/server/claimants/claimant-record";
import { attempt } from "./attempt";

const field = (form: FormData, name: string) => {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value : undefined;
};

export async function updateClaimantAction(_state: unknown, form: FormData) {
  const claimantId = field(form, "claimantId");
  return attempt(
    async () =>
      updateClaimant({
        actor: await getActor(),
        input: { claimantId, name: field(form, "name"), title: field(form, "title"), sameAs: field(form, "sameAs") ?? "" },
      }),
    () => (claimantId && /^c[a-z0-9]{20,31}$/.test(claimantId) ? `/claimants/${claimantId}` : undefined),
  );
}

export async function mergeClaimantsAction(_state: unknown, form: FormData) {
  const result = await attempt(async () =>
    mergeClaimants({ actor: await getActor(), input: { claimantId: field(form, "claimantId"), intoId: field(form, "intoId") } }),
  );
  // The merged record is gone: on to the one that stays.
  if (result.ok) redirect(`/claimants/${result.data.claimantId}?merged=${result.data.movedClaims}`);
  return result;
}
