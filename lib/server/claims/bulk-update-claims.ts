// One action on many selected claims (assign, due date, priority, a workflow step), all in ONE
// transaction: the selected rows are locked, each claim is either fully done or refused with its
// reason (a claim changed since it was selected is refused, never overwritten), and an unexpected
// error rolls everything back — nothing is ever half-done. Assigning notifies the new assignee.
import { db } from "@/lib/db";
import type { BulkOutcome } from "@/lib/domain/claims/bulk-outcome";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor, type Permission } from "@/lib/permissions";
import { type BulkAction, bulkUpdateClaimsSchema, MAX_BULK_CLAIMS } from "@/lib/schemas/bulk";
import { quoteClaim } from "@/lib/domain/notifications/notification-kinds";
import { type NotificationEvent, notify } from "../notifications/notify";
import { defineUseCase } from "../use-case";
import { StaleWrite } from "./apply-transition";
import { BULK_CLAIM_INCLUDE, bulkStep } from "./bulk-step";

const PERMISSION: Record<BulkAction["kind"] | "submit" | "reopen" | "approve", Permission> = {
  assign: "claim.edit",
  due: "claim.edit",
  priority: "claim.edit",
  state: "claim.read",
  submit: "claim.submit",
  reopen: "claim.edit",
  approve: "claim.review",
};

/** The permission an action needs: the whole request is refused when the role lacks it. */
export const bulkPermission = (action: BulkAction): Permission => PERMISSION[action.kind === "state" ? action.transition : action.kind];

async function assigneeName(action: BulkAction): Promise<string | null> {
  if (action.kind !== "assign" || !action.assigneeId) return null;
  const person = await db.user.findFirst({ where: { id: action.assigneeId, disabled: false }, select: { name: true } });
  if (!person)
    throw new AppError("INVALID_INPUT", "That person is not on the desk (any more).", { assigneeId: ["Choose someone on the desk."] });
  return person.name;
}

export async function runBulkUpdate(actor: Actor, selected: { claimId: string; version: number }[], action: BulkAction) {
  assertCan(actor, bulkPermission(action));
  const name = await assigneeName(action);
  const profile = await db.publisherProfile.findUnique({ where: { id: 1 }, select: { requiredApprovals: true } });
  const ids = selected.map((claim) => claim.claimId);
  const outcome = await db.$transaction(
    async (tx) => {
      // Locked in id order, so two bulk actions over overlapping selections wait instead of deadlocking.
      await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
      const claims = new Map((await tx.claim.findMany({ where: { id: { in: ids } }, include: BULK_CLAIM_INCLUDE })).map((c) => [c.id, c]));
      if (!claims.size) throw new AppError("NOT_FOUND", "None of the selected claims exists (any more). Reload the list.");
      const result: BulkOutcome = { done: [], refused: [] };
      const notices: NotificationEvent[] = [];
      for (const { claimId, version } of selected) {
        const claim = claims.get(claimId);
        const text = claim?.text ?? "(a claim that no longer exists)";
        if (!claim || claim.deletedAt) {
          result.refused.push({ claimId, text, reason: "It was deleted." });
          continue;
        }
        if (claim.version !== version) {
          result.refused.push({ claimId, text, reason: "It changed since you selected it: reload to see the current version." });
          continue;
        }
        try {
          const changed = await bulkStep(tx, claim, {
            actor,
            action,
            assigneeName: name,
            requiredApprovals: profile?.requiredApprovals ?? 1,
          });
          result.done.push({ claimId, text });
          if (changed && action.kind === "assign" && action.assigneeId)
            notices.push({
              kind: "ASSIGNED",
              recipientIds: [action.assigneeId],
              actorId: actor.id,
              claimId,
              articleId: claim.articleId,
              message: `${actor.name} assigned you the claim ${quoteClaim(claim.text)}`,
            });
        } catch (error) {
          // Refusals are decided before the claim's first write (bulk-step.ts); anything else is
          // unexpected and rolls the whole action back.
          if (error instanceof AppError) result.refused.push({ claimId, text, reason: error.message });
          else if (error instanceof StaleWrite) result.refused.push({ claimId, text, reason: "It changed since you selected it." });
          else throw error;
        }
      }
      await notify(tx, notices);
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { ...outcome, assigneeName: name };
}

export const bulkUpdateClaims = defineUseCase(
  {
    permission: "claim.read",
    schema: bulkUpdateClaimsSchema,
    invalid: "Check the selection and the action.",
    maxValues: MAX_BULK_CLAIMS * 3,
  },
  async ({ actor, input }) => runBulkUpdate(actor, input.claims, input.action),
);
