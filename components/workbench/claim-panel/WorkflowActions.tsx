"use client";
// "Submit for review" (or back to review after changes were requested) and "Reopen as draft".
// Waiting edits are saved first, so the claim that goes to review is the one on screen.
import { useEffect, useRef, useState } from "react";
import { reopenClaimAction, submitClaimAction } from "@/lib/actions/review";
import { allowedEvents, type ClaimState } from "@/lib/domain/claims/claim-workflow";
import type { useClaimSaver } from "./use-claim-saver";

type Props = {
  articleId: string;
  claimId: string;
  state: ClaimState;
  saver: ReturnType<typeof useClaimSaver>;
};

export function WorkflowActions({ articleId, claimId, state, saver }: Props) {
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  // The workflow decides which steps exist from here; the panel only draws them.
  const events = allowedEvents(state);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // After a step the buttons change: focus lands on what happened, not on the page body.
  useEffect(() => {
    if (done || problem) outcome.current?.focus();
  }, [done, problem]);

  async function run(action: typeof submitClaimAction, message: string) {
    setPending(true);
    setProblem(null);
    setDone(null);
    saver.flush();
    const result = await saver.runVersioned((version) => action(articleId, { claimId, version }), { step: true });
    setPending(false);
    if (result?.ok) setDone(message);
    else if (result && result.code !== "CONFLICT") setProblem({ message: result.message, fields: Object.keys(result.fieldErrors ?? {}) });
  }

  return (
    <div className="workflow-actions">
      {/* A refusal that named fields goes away once each of them is fixed. */}
      {problem && (problem.fields.length === 0 || problem.fields.some((field) => saver.fieldErrors[field])) && (
        <p className="field-error" role="alert" ref={outcome} tabIndex={-1}>
          {problem.message}
        </p>
      )}
      {done && !problem && (
        <p className="alert alert--success" role="status" ref={outcome} tabIndex={-1}>
          {done}
        </p>
      )}
      <div className="button-row">
        {(events.includes("SUBMIT") || events.includes("RESUBMIT")) && (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => void run(submitClaimAction, "Sent to review: a reviewer will approve it or ask for changes.")}
          >
            Submit for review
          </button>
        )}
        {events.includes("REOPEN") && (
          <button
            type="button"
            className="button button--quiet"
            disabled={pending}
            onClick={() => void run(reopenClaimAction, "Back to draft: its approvals no longer count.")}
          >
            Reopen as draft
          </button>
        )}
      </div>
    </div>
  );
}
