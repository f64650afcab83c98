-- Re-anchoring into new revisions: what a moved claim's quote was, how similar the new one is, and
-- an orphan's candidate places. Watching: when an article's source was last fetched again.
ALTER TABLE "Article" ADD COLUMN "checkError" TEXT,
ADD COLUMN "checkedAt" TIMESTAMP(3);

ALTER TABLE "Claim" ADD COLUMN "anchorCandidates" JSONB,
ADD COLUMN "anchorPreviousExact" TEXT,
ADD COLUMN "anchorSimilarity" DOUBLE PRECISION;
