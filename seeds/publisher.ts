import type { Tx } from "@/lib/db";

export async function seedPublisherProfile(tx: Tx) {
  await tx.publisherProfile.upsert({
    where: { id: 1 },
    update: {},
    create: {
      id: 1,
      name: "The Fact-Check Desk",
      // Without PUBLIC_BASE_URL: null, the site's public address at the time a page is read.
      url: process.env.PUBLIC_BASE_URL || null,
      description: "Independent fact-checks of claims in the news, each reviewed by a second editor before publication.",
      requiredApprovals: 1,
    },
  });
}
