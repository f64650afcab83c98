"use client";
// "Approve", or "Request changes" with a required "Reason"; the decision names the claim and
// verdict versions the reviewer read, so it never counts for words they did not see.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approveClaimAction, requestChangesAction } from "@/lib/actions/review";
import type { ClaimEvent } from "@/lib/domain/claims/claim-workflow";

type Props = { claimId: string; version: number; verdictVersion: number; events: ClaimEvent[] };

export function ReviewDecisionForm({ claimId, version, verdictVersion, events }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; reason?: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function decide(action: typeof approveClaimAction) {
    setPending(true);
    setError(null);
    const result = await action({ claimId, version, verdictVersion, reason });
    setPending(false);
    if (result.ok) router.push("/review?decided=1");
    else setError({ message: result.message, reason: result.fieldErrors?.reason?.[0] });
  }

  return (
    <div>
      {error && (
        <p className="alert alert--error" role="alert">
          {error.message}
        </p>
      )}
      {events.includes("APPROVE") && (
        <button type="button" className="button" disabled={pending} onClick={() => void decide(approveClaimAction)}>
          Approve
        </button>
      )}
      {events.includes("REQUEST_CHANGES") && (
        <>
          <div className="field" style={{ marginTop: "1.25rem" }}>
            <label htmlFor="review-reason">Reason</label>
            <span className="muted" id="review-reason-hint">
              Required when you request changes: what must the editor fix?
            </span>
            <textarea
              id="review-reason"
              rows={4}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={!!error?.reason}
              aria-describedby={`review-reason-hint${error?.reason ? " review-reason-error" : ""}`}
            />
            {error?.reason && (
              <span className="field-error" id="review-reason-error">
                {error.reason}
              </span>
            )}
          </div>
          <button type="button" className="button button--quiet" disabled={pending} onClick={() => void decide(requestChangesAction)}>
            Request changes
          </button>
        </>
      )}
    </div>
  );
}
