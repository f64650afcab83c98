-- Deletion is a workflow event with its own terminal state (used by the next migration, since a
-- new enum value cannot be used in the transaction that adds it).
ALTER TYPE "ClaimState" ADD VALUE 'DELETED';
