import { cache } from "react";
import { db } from "@/lib/db";

const FALLBACK = { name: "Fact-check desk", url: null, logoUrl: null, description: "", requiredApprovals: 1 };

/** Public: who publishes (the seeded profile, or a neutral default before seeding). */
export const getPublisherProfile = cache(async () => {
  const profile = await db.publisherProfile.findUnique({ where: { id: 1 } });
  return profile ?? FALLBACK;
});
