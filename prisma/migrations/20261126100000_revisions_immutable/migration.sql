-- Article revisions are immutable like publications: a new text is a new revision. The app's role
-- may not UPDATE or DELETE them (see lib/runtime/postgres/app-role.ts) — the triggers refuse it to
-- the owner too.
CREATE TRIGGER "ArticleRevision_immutable"
  BEFORE UPDATE OR DELETE ON "ArticleRevision"
  FOR EACH ROW EXECUTE FUNCTION factcheck_refuse_change();

CREATE TRIGGER "ArticleRevision_no_truncate"
  BEFORE TRUNCATE ON "ArticleRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION factcheck_refuse_change();
