// Seeding, shared by `npm start` (seed when empty), `npm run db:seed` and the tests.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { seedPublisherProfile } from "./publisher";
import { seedRatingScale } from "./rating-scale";
import { seedSampleArticle } from "./sample-fact-check";
import { sampleAuthors, seedDemoUsers } from "./users";

export type SeedOptions = { demo: boolean };

/** Idempotent: publisher profile, rating scale, demo accounts (if asked), the published sample. */
export async function seedDatabase({ demo }: SeedOptions) {
  const { articleId, editorId } = await db.$transaction(
    async (tx) => {
      // The profile first: publishing freezes the publisher's name into the snapshot.
      await seedPublisherProfile(tx);
      const ratingIds = await seedRatingScale(tx);
      const demoUsers = demo ? await seedDemoUsers(tx) : null;
      const authors = await sampleAuthors(tx, demoUsers);
      const sample = await seedSampleArticle(tx, authors, ratingIds);
      return { articleId: sample.articleId, editorId: authors.editorId };
    },
    { timeout: 60_000 },
  );
  const editor = await db.user.findUniqueOrThrow({ where: { id: editorId } });
  const alreadyPublished = await db.publication.count({ where: { articleId } });
  if (!alreadyPublished) {
    const actor: Actor = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
    await publishArticle({ actor, input: { articleId } });
  }
}

export function demoRequested(): boolean {
  return process.env.SEED_DEMO === "true";
}

/** Seeds a database that has never been seeded (no publication yet); returns whether it did. */
export async function seedIfEmpty(): Promise<boolean> {
  if ((await db.publisherProfile.findUnique({ where: { id: 1 } })) && (await db.publication.count()) > 0) return false;
  await seedDatabase({ demo: demoRequested() });
  return true;
}
