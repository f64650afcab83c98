// The claim's audit events, typed: one schema per action, shared by what writes them (the
// use-cases, through recordClaimEvent) and what reads them back (the History timeline, conflict
// messages). Values are stored as people read them — the claimant's name, the rating's label, the
// explanation's text — so the history can always show before → after.
import { z } from "zod";
import { CLAIM_STATES } from "../domain/claims/claim-workflow";

const change = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });
const text = z.string().nullable();
const version = z.object({ before: z.number().int(), after: z.number().int() });
const state = change(z.enum(CLAIM_STATES));
const sourceSummary = z.object({ title: z.string(), url: z.string().nullable() }).passthrough();

/** The fields an edit may change, by the name the history shows them under. */
export const claimFieldChangesSchema = z.object({
  text: change(text).optional(),
  claimant: change(text).optional(),
  dateSaid: change(text).optional(),
  appearanceUrl: change(text).optional(),
  tags: change(z.array(z.string())).optional(),
  checkWorthiness: change(z.number().int().nullable()).optional(),
  assignee: change(text).optional(),
  dueAt: change(text).optional(),
  priority: change(text).optional(),
  rating: change(text).optional(),
  summary: change(text).optional(),
  explanation: change(text).optional(),
});
export type ClaimFieldChanges = z.infer<typeof claimFieldChangesSchema>;

const step = { state: state.optional(), version };

// Strict: a writer cannot slip in fields the readers do not know, and events written before these
// schemas (with ids instead of names) are recognised as such.
export const claimEventSchemas = {
  create: z.strictObject({ quote: z.string(), start: z.number().int(), end: z.number().int() }),
  /** A claim of the shipped sample, written by the seed with its state (and who approved it). */
  seed: z.strictObject({ text: z.string(), state: z.enum(CLAIM_STATES), approvedBy: z.string().optional() }),
  update: claimFieldChangesSchema.extend(step).strict(),
  "add-source": z.strictObject({ sources: z.strictObject({ before: z.null(), after: sourceSummary }), ...step }),
  "edit-source": z.strictObject({ sources: z.strictObject({ before: sourceSummary, after: sourceSummary }), ...step }),
  "remove-source": z.strictObject({ sources: z.strictObject({ before: sourceSummary, after: z.null() }), ...step }),
  submit: z.strictObject(step),
  resubmit: z.strictObject(step),
  approve: z.strictObject({ approvals: z.string(), ...step }),
  "request-changes": z.strictObject({ reason: z.string(), ...step }),
  reopen: z.strictObject(step),
  delete: z.strictObject({ deleted: change(z.boolean()), text: z.string(), quote: z.string(), ...step }),
  comment: z.strictObject({ comment: z.string(), mentions: z.number().int() }),
  /** Carried into a new revision of the article: how its quote was found there. */
  reanchor: z.strictObject({
    revision: z.number().int(),
    anchor: z.enum(["ANCHORED", "MOVED", "ORPHANED"]),
    quote: change(text).optional(),
    similarity: z.number().optional(),
    ...step,
  }),
  /** An editor recorded (or removed) that the claim was fact-checked before: "same claim as". */
  "same-claim": z.strictObject({
    sameClaimAs: change(z.object({ claimReviewed: z.string(), publisher: z.string(), href: z.string() }).nullable()),
  }),
  /** An editor attached the claim to other words of the current revision (an orphan, or a correction). */
  reattach: z.strictObject({ revision: z.number().int(), quote: change(text), ...step }),
};
export type ClaimEventAction = keyof typeof claimEventSchemas;
export type ClaimEventChanges<A extends ClaimEventAction> = z.infer<(typeof claimEventSchemas)[A]>;

/** A stored event read back: its typed changes, or null for events written before they were typed. */
export function readClaimEvent(action: string, changes: unknown): { action: ClaimEventAction; changes: Record<string, unknown> } | null {
  const schema = claimEventSchemas[action as ClaimEventAction];
  const parsed = schema?.safeParse(changes);
  return parsed?.success ? { action: action as ClaimEventAction, changes: parsed.data as Record<string, unknown> } : null;
}
