// What submitting a claim checks before the workflow moves it (one claim or many at once): it is
// attached to the current text, and has a claimant, a current rating, an explanation and a source.
import type { Db, Tx } from "@/lib/db";
import { missingForSubmission } from "@/lib/domain/claims/submission";
import { AppError } from "@/lib/errors";

type Submittable = {
  state: string;
  anchorStatus: string;
  claimantId: string | null;
  verdict: { ratingId: string | null; explanationText: string };
  _count: { sources: number };
};

export async function assertSubmittable(client: Db | Tx, claim: Submittable): Promise<void> {
  if (claim.anchorStatus === "ORPHANED")
    throw new AppError("INVALID_STATE", "Re-attach this claim to words of the article's current version before review.");
  if (claim.state !== "DRAFT" && claim.state !== "CHANGES_REQUESTED") return;
  const missing = missingForSubmission({
    claimantId: claim.claimantId,
    ratingId: claim.verdict.ratingId,
    explanationText: claim.verdict.explanationText,
    sourceCount: claim._count.sources,
  });
  const rating = claim.verdict.ratingId ? await client.rating.findUnique({ where: { id: claim.verdict.ratingId } }) : null;
  if (rating?.retiredAt) {
    const message = `The rating “${rating.label}” was retired from the scale: choose another before review.`;
    throw new AppError("INVALID_INPUT", message, { ratingId: [message] });
  }
  if (missing.length > 0) {
    const list = missing.map((item) => item.label);
    throw new AppError(
      "INVALID_INPUT",
      `Before review, add ${list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : list[0]}.`,
      Object.fromEntries(missing.map((item) => [item.field, [`Add ${item.label}.`]])),
    );
  }
}
