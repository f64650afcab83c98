-- The desk's memory: full-text search over articles, claims, verdicts, sources, claimants, published
-- claims and the reference archive. Each row keeps its lexemes in a tsvector column that a trigger
-- computes (not a generated column: backups restore rows with INSERT … SELECT *, which a generated
-- column refuses). Text is indexed in its language's configuration, accents folded by unaccent.
-- Prisma's JavaScript migration engine splits scripts at every semicolon, even inside quotes, so
-- function bodies spell their semicolons as \073 in escape strings, and no comment holds one.
CREATE EXTENSION IF NOT EXISTS unaccent;

ALTER TABLE "ArticleRevision" ADD COLUMN "searchConfig" regconfig;
ALTER TABLE "ArticleRevision" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Claimant" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Verdict" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "PublishedClaim" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "ReferenceClaimReview" ADD COLUMN "searchVector" tsvector;

-- One configuration per supported language: the built-in one with unaccent before the stemmer.
CREATE TEXT SEARCH CONFIGURATION factcheck_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION factcheck_simple ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION factcheck_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION factcheck_english ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_spanish (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION factcheck_spanish ALTER MAPPING FOR word, hword, hword_part WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION factcheck_french ALTER MAPPING FOR word, hword, hword_part WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_german (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION factcheck_german ALTER MAPPING FOR word, hword, hword_part WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_portuguese (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION factcheck_portuguese ALTER MAPPING FOR word, hword, hword_part WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_italian (COPY = pg_catalog.italian);
ALTER TEXT SEARCH CONFIGURATION factcheck_italian ALTER MAPPING FOR word, hword, hword_part WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION factcheck_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION factcheck_dutch ALTER MAPPING FOR word, hword, hword_part WITH unaccent, dutch_stem;

-- A language tag (en, en-GB, es_MX, "Spanish") to its configuration, NULL when unsupported or unknown.
CREATE FUNCTION factcheck_search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lower(split_part(replace(btrim(coalesce(language, '')), '_', '-'), '-', 1))
    WHEN 'en' THEN 'factcheck_english' WHEN 'english' THEN 'factcheck_english'
    WHEN 'es' THEN 'factcheck_spanish' WHEN 'spanish' THEN 'factcheck_spanish'
    WHEN 'fr' THEN 'factcheck_french' WHEN 'french' THEN 'factcheck_french'
    WHEN 'de' THEN 'factcheck_german' WHEN 'german' THEN 'factcheck_german'
    WHEN 'pt' THEN 'factcheck_portuguese' WHEN 'portuguese' THEN 'factcheck_portuguese'
    WHEN 'it' THEN 'factcheck_italian' WHEN 'italian' THEN 'factcheck_italian'
    WHEN 'nl' THEN 'factcheck_dutch' WHEN 'dutch' THEN 'factcheck_dutch'
    ELSE NULL END)::regconfig
$$;

-- Without a language tag: the configuration whose stop words take the most words out of the text
-- (English first on a tie), or simple when none does.
CREATE FUNCTION factcheck_guess_config(body text) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((
    SELECT c.cfg FROM unnest(ARRAY['factcheck_english', 'factcheck_spanish', 'factcheck_french', 'factcheck_german',
        'factcheck_portuguese', 'factcheck_italian', 'factcheck_dutch']::regconfig[]) WITH ORDINALITY AS c(cfg, ord)
    CROSS JOIN LATERAL (SELECT length(to_tsvector('factcheck_simple', left(coalesce(body, ''), 3000))) AS words) s
    CROSS JOIN LATERAL (SELECT length(to_tsvector(c.cfg, left(coalesce(body, ''), 3000))) AS kept) k
    WHERE s.words - k.kept >= 1
    ORDER BY s.words - k.kept DESC, c.ord LIMIT 1), 'factcheck_simple'::regconfig)
$$;

CREATE FUNCTION factcheck_text_config(language text, body text) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(factcheck_search_config(language), factcheck_guess_config(body))
$$;

-- The configuration a claim's words are indexed in: its revision's.
CREATE FUNCTION factcheck_claim_config(claim_id text) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT r."searchConfig" FROM "Claim" c JOIN "ArticleRevision" r ON r."id" = c."revisionId" WHERE c."id" = claim_id), 'factcheck_simple'::regconfig)
$$;

-- Weighted vectors: A the main text, B what explains it, C the long or secondary text.
CREATE FUNCTION factcheck_weighted(cfg regconfig, a text, b text, c text) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(cfg, coalesce(a, '')), 'A') || setweight(to_tsvector(cfg, coalesce(b, '')), 'B')
    || setweight(to_tsvector(cfg, left(coalesce(c, ''), 500000)), 'C')
$$;

-- Triggers. A vector given with an INSERT is kept: that is a restore writing back what it saved.
CREATE FUNCTION factcheck_revision_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF NEW."searchVector" IS NOT NULL AND NEW."searchConfig" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchConfig" := factcheck_text_config(NEW."language", NEW."title" || '' '' || left(NEW."plainText", 3000))\073 NEW."searchVector" := factcheck_weighted(NEW."searchConfig", NEW."title", NULL, NEW."plainText")\073 RETURN NEW\073 END';
CREATE TRIGGER "ArticleRevision_search" BEFORE INSERT ON "ArticleRevision" FOR EACH ROW EXECUTE FUNCTION factcheck_revision_search();

CREATE FUNCTION factcheck_claim_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_weighted(coalesce((SELECT r."searchConfig" FROM "ArticleRevision" r WHERE r."id" = NEW."revisionId"), ''factcheck_simple''::regconfig), NEW."text", NEW."anchorExact", NULL)\073 RETURN NEW\073 END';
CREATE TRIGGER "Claim_search" BEFORE INSERT OR UPDATE OF "text", "anchorExact", "revisionId" ON "Claim" FOR EACH ROW EXECUTE FUNCTION factcheck_claim_search();

CREATE FUNCTION factcheck_verdict_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_weighted(factcheck_claim_config(NEW."claimId"), NEW."summary", NULL, NEW."explanationText")\073 RETURN NEW\073 END';
CREATE TRIGGER "Verdict_search" BEFORE INSERT OR UPDATE OF "summary", "explanationText" ON "Verdict" FOR EACH ROW EXECUTE FUNCTION factcheck_verdict_search();

CREATE FUNCTION factcheck_source_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_weighted(factcheck_claim_config(NEW."claimId"), NEW."title", NEW."publisher", NEW."quote")\073 RETURN NEW\073 END';
CREATE TRIGGER "Source_search" BEFORE INSERT OR UPDATE OF "title", "publisher", "quote" ON "Source" FOR EACH ROW EXECUTE FUNCTION factcheck_source_search();

-- Names are not stemmed.
CREATE FUNCTION factcheck_claimant_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_weighted(''factcheck_simple''::regconfig, NEW."name", NEW."title", NULL)\073 RETURN NEW\073 END';
CREATE TRIGGER "Claimant_search" BEFORE INSERT OR UPDATE OF "name", "title" ON "Claimant" FOR EACH ROW EXECUTE FUNCTION factcheck_claimant_search();

CREATE FUNCTION factcheck_published_claim_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_weighted(factcheck_claim_config(NEW."claimId"), NEW."text", NULL, NEW."claimantName")\073 RETURN NEW\073 END';
CREATE TRIGGER "PublishedClaim_search" BEFORE INSERT OR UPDATE OF "text", "claimantName" ON "PublishedClaim" FOR EACH ROW EXECUTE FUNCTION factcheck_published_claim_search();

-- The fact-check's headline (schema.org name or headline) weighs less than the claim itself.
CREATE FUNCTION factcheck_reference_vector(language text, claim text, raw jsonb, claimant text) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT factcheck_weighted(factcheck_text_config(language, claim || ' ' || coalesce(raw->>'name', raw->>'headline', '')),
    claim, coalesce(raw->>'name', raw->>'headline'), claimant)
$$;
CREATE FUNCTION factcheck_reference_search() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP = ''INSERT'' AND NEW."searchVector" IS NOT NULL THEN RETURN NEW\073 END IF\073 NEW."searchVector" := factcheck_reference_vector(NEW."language", NEW."claimReviewed", NEW."raw", NEW."claimantName")\073 RETURN NEW\073 END';
CREATE TRIGGER "ReferenceClaimReview_search" BEFORE INSERT OR UPDATE OF "claimReviewed", "language", "raw", "claimantName" ON "ReferenceClaimReview" FOR EACH ROW EXECUTE FUNCTION factcheck_reference_search();

-- Backfill. Revisions are immutable: their guard is lifted for this one update, inside the migration.
ALTER TABLE "ArticleRevision" DISABLE TRIGGER "ArticleRevision_immutable";
UPDATE "ArticleRevision" SET "searchConfig" = factcheck_text_config("language", "title" || E'\n' || left("plainText", 3000));
UPDATE "ArticleRevision" SET "searchVector" = factcheck_weighted("searchConfig", "title", NULL, "plainText");
ALTER TABLE "ArticleRevision" ENABLE TRIGGER "ArticleRevision_immutable";
UPDATE "Claim" c SET "searchVector" = factcheck_weighted(r."searchConfig", c."text", c."anchorExact", NULL) FROM "ArticleRevision" r WHERE r."id" = c."revisionId";
UPDATE "Verdict" SET "searchVector" = factcheck_weighted(factcheck_claim_config("claimId"), "summary", NULL, "explanationText");
UPDATE "Source" SET "searchVector" = factcheck_weighted(factcheck_claim_config("claimId"), "title", "publisher", "quote");
UPDATE "Claimant" SET "searchVector" = factcheck_weighted('factcheck_simple'::regconfig, "name", "title", NULL);
UPDATE "PublishedClaim" SET "searchVector" = factcheck_weighted(factcheck_claim_config("claimId"), "text", NULL, "claimantName");
UPDATE "ReferenceClaimReview" SET "searchVector" = factcheck_reference_vector("language", "claimReviewed", "raw", "claimantName");

CREATE INDEX "ArticleRevision_searchVector_idx" ON "ArticleRevision" USING GIN ("searchVector");
CREATE INDEX "Claimant_searchVector_idx" ON "Claimant" USING GIN ("searchVector");
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Verdict_searchVector_idx" ON "Verdict" USING GIN ("searchVector");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
CREATE INDEX "PublishedClaim_searchVector_idx" ON "PublishedClaim" USING GIN ("searchVector");
CREATE INDEX "ReferenceClaimReview_searchVector_idx" ON "ReferenceClaimReview" USING GIN ("searchVector");
