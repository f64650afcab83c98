"use client";
// "Submit for review" (or back to review after changes were requested) and "Reopen as draft".
// Waiting edits are saved first, so the claim that goes to review is the one on screen.
import { useState } from "react";
import { reopenClaimAction, submitClaimAction } from "@/lib/actions/review";
import { allowedEvents, type ClaimState } from "@/lib/domain/claims/claim-workflow";
import type { useClaimSaver } from "./use-claim-saver";

type Props = {
  articleId: string;
  claimId: string;
  state: ClaimState;
  saver: ReturnType<typeof useClaimSaver>;
  changesRequested: { reviewer: string; reason: string } | null;
};

export function WorkflowActions({ articleId, claimId, state, saver, changesRequested }: Props) {
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  // The workflow decides which steps exist from here; the panel only draws them.
  const events = allowedEvents(state);
  const [pending, setPending] = useState(false);

  async function run(action: typeof submitClaimAction) {
    setPending(true);
    setProblem(null);
    saver.flush();
    const result = await saver.runVersioned((version) => action(articleId, { claimId, version }), { step: true });
    setPending(false);
    if (result && !result.ok && result.code !== "CONFLICT")
      setProblem({ message: result.message, fields: Object.keys(result.fieldErrors ?? {}) });
  }

  return (
    <div className="workflow-actions">
      {changesRequested && state === "CHANGES_REQUESTED" && (
        <div className="alert alert--warning" role="note">
          <strong>{changesRequested.reviewer} asked for changes:</strong> {changesRequested.reason}
        </div>
      )}
      {/* A refusal that named fields goes away once each of them is fixed. */}
      {problem && (problem.fields.length === 0 || problem.fields.some((field) => saver.fieldErrors[field])) && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="button-row">
        {(events.includes("SUBMIT") || events.includes("RESUBMIT")) && (
          <button type="button" className="button" disabled={pending} onClick={() => void run(submitClaimAction)}>
            Submit for review
          </button>
        )}
        {events.includes("REOPEN") && (
          <button type="button" className="button button--quiet" disabled={pending} onClick={() => void run(reopenClaimAction)}>
            Reopen as draft
          </button>
        )}
      </div>
    </div>
  );
}
