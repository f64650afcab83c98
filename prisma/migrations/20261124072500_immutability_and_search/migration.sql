-- Publications are immutable once written, and the audit log is append-only: the database
-- itself refuses UPDATE and DELETE on those rows, whatever the application does.
-- Prisma's JavaScript migration engine splits scripts at every semicolon, even inside quotes, so
-- the function body spells its semicolons as \073 in an escape string.
CREATE OR REPLACE FUNCTION factcheck_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''% rows are immutable: % refused'', TG_TABLE_NAME, TG_OP USING ERRCODE = ''restrict_violation''\073 END\073';

CREATE TRIGGER "Publication_immutable"
  BEFORE UPDATE OR DELETE ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION factcheck_refuse_change();

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION factcheck_refuse_change();

-- TRUNCATE bypasses row triggers, so refuse it too.
CREATE TRIGGER "Publication_no_truncate"
  BEFORE TRUNCATE ON "Publication"
  FOR EACH STATEMENT EXECUTE FUNCTION factcheck_refuse_change();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION factcheck_refuse_change();

-- Trigram indexes for the editors' search over claims, articles and claimants.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Claim_text_trgm" ON "Claim" USING gin ("text" gin_trgm_ops);
CREATE INDEX "Article_title_trgm" ON "Article" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Claimant_name_trgm" ON "Claimant" USING gin ("name" gin_trgm_ops);
