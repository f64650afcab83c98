-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('READ', 'WRITE');

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "PublishedClaim" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ratingLabel" TEXT NOT NULL,
    "ratingValue" INTEGER,
    "claimantName" TEXT,
    "firstPublishedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceClaimReview" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "ratingText" TEXT NOT NULL,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "datePublished" TIMESTAMP(3),
    "claimantName" TEXT,
    "claimantType" TEXT,
    "claimDate" TIMESTAMP(3),
    "appearanceUrls" TEXT[],
    "language" TEXT,
    "raw" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferenceClaimReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_createdAt_idx" ON "ApiToken"("createdAt");

-- CreateIndex
CREATE INDEX "ApiRateWindow_windowStart_idx" ON "ApiRateWindow"("windowStart");

-- CreateIndex
CREATE INDEX "PublishedClaim_publishedAt_idx" ON "PublishedClaim"("publishedAt");

-- CreateIndex
CREATE INDEX "PublishedClaim_text_trgm" ON "PublishedClaim" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedClaim_articleId_claimId_key" ON "PublishedClaim"("articleId", "claimId");

-- CreateIndex
CREATE INDEX "ReferenceClaimReview_datePublished_idx" ON "ReferenceClaimReview"("datePublished");

-- CreateIndex
CREATE INDEX "ReferenceClaimReview_claimReviewed_trgm" ON "ReferenceClaimReview" USING GIN ("claimReviewed" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceClaimReview_url_claimReviewed_key" ON "ReferenceClaimReview"("url", "claimReviewed");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the claims of the latest version of every published article (the same rows
-- publishing writes from now on).
INSERT INTO "PublishedClaim" ("id", "articleId", "claimId", "slug", "version", "text", "ratingLabel", "ratingValue", "claimantName", "firstPublishedAt", "publishedAt")
SELECT md5(a."id" || (c.value->>'id')), a."id", c.value->>'id', a."slug", p."version", c.value->>'text', c.value->'rating'->>'label',
       (c.value->'rating'->>'value')::int, c.value->'claimant'->>'name',
       COALESCE((c.value->>'firstPublishedAt')::timestamptz, first."publishedAt"), p."publishedAt"
FROM "Article" a
JOIN LATERAL (SELECT * FROM "Publication" WHERE "articleId" = a."id" ORDER BY "version" DESC LIMIT 1) p ON true
JOIN LATERAL (SELECT "publishedAt" FROM "Publication" WHERE "articleId" = a."id" ORDER BY "version" ASC LIMIT 1) first ON true
CROSS JOIN LATERAL jsonb_array_elements(p."snapshot"->'claims') c
WHERE a."publicationStatus" = 'PUBLISHED'
ON CONFLICT DO NOTHING;
