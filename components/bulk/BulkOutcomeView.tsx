import type { BulkRefusal } from "@/lib/domain/claims/bulk-outcome";

/** The outcome of a bulk action: one sentence, then each refused claim with its reason. */
export function BulkOutcomeView({ message, refused }: { message: string; refused: BulkRefusal[] }) {
  return (
    <div className={refused.length ? "alert alert--warning" : "alert alert--success"}>
      <p role="status" style={{ margin: 0 }}>
        {message}
      </p>
      {refused.length > 0 && (
        <ul aria-label="Refused claims" className="bulk-refusals">
          {refused.map((refusal) => (
            <li key={refusal.claimId}>
              <strong>“{refusal.text}”</strong>: {refusal.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
