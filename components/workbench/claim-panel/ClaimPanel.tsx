"use client";
// The claim panel: everything a verdict needs, saved automatically as the editor works.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { Discussion, type Thread } from "@/components/comments/Discussion";
import { ClaimTimeline, type TimelineEvent } from "@/components/desk/ClaimTimeline";
import { StatePill } from "@/components/desk/StatePill";
import { type ClaimState, evidenceEditLeavesReview } from "@/lib/domain/claims/claim-workflow";
import type { Priority } from "@/lib/domain/claims/desk-fields";
import type { RichTextDoc } from "@/lib/schemas/rich-text";
import { type ClaimantChoice, ClaimantPicker } from "./ClaimantPicker";
import { AssignmentFields } from "./AssignmentFields";
import { AnchorNotice, type PanelAnchor } from "./AnchorNotice";
import { ConflictNotice } from "./ConflictNotice";
import { EvidenceLock } from "./EvidenceLock";
import { ExplanationEditor } from "./ExplanationEditor";
import { panelField } from "./panel-field";
import { SaveIndicator } from "./SaveIndicator";
import { SimilarFactChecks } from "./SimilarFactChecks";
import { type PanelSource, SourcesEditor } from "./SourcesEditor";
import { useClaimSaver } from "./use-claim-saver";
import { WorkflowActions } from "./WorkflowActions";

export type PanelClaim = {
  id: string;
  version: number;
  state: ClaimState;
  quote: string;
  /** How the quote was found in the article's current version (re-anchoring). */
  anchor: PanelAnchor;
  text: string;
  claimant: ClaimantChoice | null;
  dateSaid: string;
  appearanceUrl: string;
  tags: string[];
  checkWorthiness: number | null;
  assigneeId: string | null;
  /** yyyy-mm-dd, or "" for none. */
  dueAt: string;
  priority: Priority;
  ratingId: string | null;
  summary: string;
  explanation: RichTextDoc | null;
  sources: PanelSource[];
  changesRequested: { reviewer: string; reason: string } | null;
  /** Approvals that still count (an evidence edit voids them). */
  approvals: number;
};
export type PanelRating = { id: string; label: string; value: number | null; description: string; retired: boolean };
type Props = {
  articleId: string;
  claim: PanelClaim;
  ratings: PanelRating[];
  members: { id: string; name: string }[];
  canEdit: boolean;
  canSubmit: boolean;
  discussion: { threads: Thread[]; handles: { name: string; handle: string }[] };
  timeline: TimelineEvent[];
  /** Live updates (LiveClaimPanel): false when the panel is rebuilt with someone else's changes. */
  focusOnOpen?: boolean;
  onSettled?: () => void;
  /** Shows the stored claim in a fresh panel. */
  onReload?: () => void;
};

const WORTHINESS = ["1 — low", "2", "3 — medium", "4", "5 — high"];

export function ClaimPanel(props: Props) {
  const { articleId, claim, ratings, members, canEdit, canSubmit, discussion, timeline, focusOnOpen = true, onReload } = props;
  const id = useId();
  // Opening a claim (click, tap, Enter, marking) moves focus to it: on a phone the panel is a sheet.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus({ preventScroll: false });
  }, [focusOnOpen]);
  const saver = useClaimSaver(articleId, claim.id, claim.version, claim.state, props.onSettled);
  const [claimant, setClaimant] = useState(claim.claimant);
  const [ratingId, setRatingId] = useState(claim.ratingId ?? "");
  const [text, setText] = useState(claim.text);
  const [similarCount, setSimilarCount] = useState(0);
  const error = (field: string) => saver.fieldErrors[field]?.[0];
  const rating = ratings.find((r) => r.id === ratingId);
  // Changing the public content of a claim in review or approved sends it back to draft: the
  // panel says so and asks once before any such field can be changed.
  const [unlocked, setUnlocked] = useState(false);
  const ratingByKeyboard = useRef(false);
  const locked = canEdit && evidenceEditLeavesReview(claim.state) && !unlocked;

  const field = panelField({ id, error, locked });

  return (
    <aside className="card claim-panel" aria-labelledby={`${id}-heading`}>
      <div className="claim-panel__top">
        <Link href={`/articles/${articleId}`} scroll={false}>
          ← All claims
        </Link>
        {canEdit ? <SaveIndicator status={saver.status} /> : <p className="muted">Read only: your role reviews claims.</p>}
      </div>
      {saver.status.kind === "conflict" && (
        <ConflictNotice saver={saver} names={{ ratings, members, claimant }} articleId={articleId} onReload={onReload} />
      )}
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Claim details
      </h2>
      <StatePill state={claim.state} />
      <blockquote className="claim-panel__quote" aria-label="Marked text">
        {claim.quote}
      </blockquote>
      <AnchorNotice
        articleId={articleId}
        claimId={claim.id}
        quote={claim.quote}
        anchor={claim.anchor}
        canEdit={canEdit}
        runVersioned={saver.runVersioned}
      />
      {claim.changesRequested && claim.state === "CHANGES_REQUESTED" && (
        <div className="alert alert--warning" role="note">
          <strong>{claim.changesRequested.reviewer} asked for changes:</strong> {claim.changesRequested.reason}
        </div>
      )}
      {canEdit && evidenceEditLeavesReview(claim.state) && (
        <EvidenceLock state={claim.state} approvals={claim.approvals} unlocked={unlocked} onUnlock={() => setUnlocked(true)} />
      )}
      <fieldset disabled={!canEdit} className="plain-fieldset">
        {field(
          "text",
          "Claim",
          (props) => (
            <textarea
              {...props}
              rows={3}
              defaultValue={claim.text}
              onChange={(e) => {
                setText(e.target.value);
                saver.change("text", e.target.value);
              }}
            />
          ),
          "One checkable sentence, in your words.",
          true,
        )}
        {/* The list itself comes after the workflow steps, so it adds no Tab stops on the way to them. */}
        {similarCount > 0 && (
          <p className="field-note" role="status">
            {similarCount === 1 ? "1 similar fact-check" : `${similarCount} similar fact-checks`} found: see “Similar fact-checks” below.
          </p>
        )}
        <ClaimantPicker
          value={claimant}
          disabled={!canEdit || locked}
          error={error("claimantId")}
          onChange={(choice) => {
            setClaimant(choice);
            saver.change("claimantId", choice?.id ?? null);
          }}
        />
        {claimant && (
          <p className="field-note">
            <Link href={`/claimants/${claimant.id}`}>Everything {claimant.name} said on this desk</Link>
          </p>
        )}
        <div className="field-pair">
          {field(
            "dateSaid",
            "Date said",
            (props) => (
              <input {...props} type="date" defaultValue={claim.dateSaid} onChange={(e) => saver.change("dateSaid", e.target.value)} />
            ),
            undefined,
            true,
          )}
          {field("checkWorthiness", "Check-worthiness", (props) => (
            <select
              {...props}
              defaultValue={claim.checkWorthiness ?? ""}
              onChange={(e) => saver.change("checkWorthiness", e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">Not set</option>
              {WORTHINESS.map((label, index) => (
                <option key={label} value={index + 1}>
                  {label}
                </option>
              ))}
            </select>
          ))}
        </div>
        {field(
          "appearanceUrl",
          "Appearance URL",
          (props) => (
            <input
              {...props}
              type="url"
              placeholder="https://"
              defaultValue={claim.appearanceUrl}
              onChange={(e) => saver.change("appearanceUrl", e.target.value)}
            />
          ),
          "Where the claim was made (video, post, transcript).",
          true,
        )}
        {field(
          "tags",
          "Tags",
          (props) => (
            <input
              {...props}
              defaultValue={claim.tags.join(", ")}
              onChange={(e) =>
                saver.change(
                  "tags",
                  e.target.value
                    .split(",")
                    .map((t) => t.trim())
                    .filter(Boolean),
                )
              }
            />
          ),
          "Separated by commas.",
        )}
        <h3 className="panel-section">Verdict</h3>
        {field(
          "ratingId",
          "Rating",
          (props) => (
            <select
              {...props}
              value={ratingId}
              // Arrowing through the options changes the value at every step: chosen by keyboard, it is
              // saved when the editor leaves the field (or presses Enter), not once per option passed;
              // chosen with the mouse or a finger, at once.
              onKeyDown={(e) => {
                ratingByKeyboard.current = true;
                if (e.key === "Enter") saver.flush();
              }}
              onPointerDown={() => (ratingByKeyboard.current = false)}
              onChange={(e) => {
                setRatingId(e.target.value);
                saver.change("ratingId", e.target.value || null, { later: ratingByKeyboard.current });
              }}
              onBlur={() => saver.flush()}
            >
              <option value="">Not rated yet</option>
              {ratings
                .filter((r) => !r.retired || r.id === claim.ratingId)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                    {r.value !== null ? ` (${r.value})` : ""}
                    {r.retired ? " — retired" : ""}
                  </option>
                ))}
            </select>
          ),
          rating?.description,
          true,
        )}
        {field(
          "summary",
          "Summary",
          (props) => (
            <input {...props} maxLength={280} defaultValue={claim.summary} onChange={(e) => saver.change("summary", e.target.value)} />
          ),
          "The verdict in one line.",
          true,
        )}
        <ExplanationEditor
          value={claim.explanation}
          disabled={!canEdit || locked}
          error={error("explanation")}
          onChange={(doc) => saver.change("explanation", doc)}
        />
      </fieldset>
      <SourcesEditor
        articleId={articleId}
        claimId={claim.id}
        sources={claim.sources}
        canEdit={canEdit && !locked}
        runVersioned={saver.runVersioned}
        error={error("sources")}
        onAdded={() => saver.clearError("sources")}
      />
      {canSubmit && <WorkflowActions articleId={articleId} claimId={claim.id} state={claim.state} saver={saver} />}
      <AssignmentFields field={field} claim={claim} members={members} canEdit={canEdit} change={saver.change} />
      <SimilarFactChecks articleId={articleId} claimId={claim.id} text={text} canEdit={canEdit} onFound={setSimilarCount} />
      <Discussion claimId={claim.id} threads={discussion.threads} handles={discussion.handles} page={`/articles/${articleId}`} />
      <ClaimTimeline events={timeline} />
    </aside>
  );
}
