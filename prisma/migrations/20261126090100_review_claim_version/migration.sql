-- Claims deleted before deletion was a workflow event.
UPDATE "Claim" SET "state" = 'DELETED' WHERE "deletedAt" IS NOT NULL;

-- An approval is bound to the claim version it judged, not only the verdict version.
ALTER TABLE "Review" ADD COLUMN "claimVersion" INTEGER;

-- The publisher URL is optional: without it, ClaimReview and reader pages use the site's public
-- address. The old seeded default (a localhost address) was never a real publisher URL.
ALTER TABLE "PublisherProfile" ALTER COLUMN "url" DROP NOT NULL;
UPDATE "PublisherProfile" SET "url" = NULL WHERE "url" ~* '^https?://(localhost|127\.[0-9.]+|\[::1\])(:[0-9]+)?(/|$)';
