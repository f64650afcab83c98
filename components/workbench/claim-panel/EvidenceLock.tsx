"use client";
// Before an edit takes a claim in review or approved back to draft, the panel says so and asks
// once: the claim's public fields stay closed until the editor chooses to edit anyway.
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";

type Props = { state: ClaimState; approvals: number; unlocked: boolean; onUnlock: () => void };

export function EvidenceLock({ state, approvals, unlocked, onUnlock }: Props) {
  const where = state === "APPROVED" ? "approved" : "in review";
  const voided = approvals > 0 ? ` and voids its ${approvals === 1 ? "approval" : `${approvals} approvals`}` : "";
  if (unlocked) {
    return (
      <p className="alert alert--warning" role="status">
        Your next change to the claim, its claimant, dates, verdict or sources sends it back to draft{voided}.
      </p>
    );
  }
  return (
    <div className="alert alert--warning" role="group" aria-label="This claim is locked">
      <p style={{ margin: 0 }}>
        This claim is {where}. Changing the claim, its claimant, dates, verdict or sources sends it back to draft{voided}; a reviewer must
        then approve it again. Tags, check-worthiness and the assignee can be changed freely.
      </p>
      <button type="button" className="button button--quiet" style={{ marginTop: "0.5rem" }} onClick={onUnlock}>
        Edit anyway
      </button>
    </div>
  );
}
