import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { getClaimTimeline } from "@/lib/server/audit/claim-timeline";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { seedDatabase } from "@/seeds/seed";
import { addComment } from "./add-comment";
import { listCommentThreads } from "./list-comments";
import { countUnreadMentions, listMyMentions, markMentionsRead } from "./my-mentions";

const a: Record<string, Actor> = {};
let claimId: string;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "reviewer@example.org", "reviewer2@example.org"])
    a[email.split("@")[0]!] = await actorFor(email);
  claimId = (await db.claim.findFirstOrThrow({ where: { state: "IN_REVIEW" } })).id;
});

describe("comment threads", () => {
  it("threads comments and replies, and delivers @mentions to the people named", async () => {
    const first = await addComment({ actor: a.reviewer!, input: { claimId, body: "@editor which table is this from? cc @reviewer2." } });
    expect(first.mentioned).toBe(2);
    await addComment({ actor: a.editor!, input: { claimId, body: "Table 3 of the report.", parentId: first.id } });
    const threads = await listCommentThreads({ actor: a.reviewer2!, claimId });
    expect(threads).toMatchObject([
      {
        author: "Rita Reviewer",
        body: "@editor which table is this from? cc @reviewer2.",
        replies: [{ author: "Elena Editor", body: "Table 3 of the report." }],
      },
    ]);

    expect(await countUnreadMentions({ actor: a.editor! })).toBe(1);
    expect((await listMyMentions({ actor: a.editor! }))[0]).toMatchObject({
      author: "Rita Reviewer",
      unread: true,
      claim: { id: claimId },
    });
    await markMentionsRead({ actor: a.editor! });
    expect(await countUnreadMentions({ actor: a.editor! })).toBe(0);
    expect(await countUnreadMentions({ actor: a.reviewer2! })).toBe(1);
    expect(await countUnreadMentions({ actor: a.reviewer! })).toBe(0);
  });

  it("refuses empty comments, replies to replies and unknown claims, storing nothing", async () => {
    const before = await db.comment.count();
    await expect(addComment({ actor: a.editor!, input: { claimId, body: "   " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { body: ["Write a comment first."] },
    });
    const reply = await db.comment.findFirstOrThrow({ where: { parentId: { not: null } } });
    await expect(addComment({ actor: a.editor!, input: { claimId, body: "x", parentId: reply.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { parentId: [expect.any(String)] },
    });
    await expect(addComment({ actor: a.editor!, input: { claimId: "nope", body: "x" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { claimId: ["Not a valid id."] },
    });
    await expect(addComment({ actor: a.editor!, input: { claimId: "cnosuchclaim0000000000000", body: "x" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(addComment({ actor: null, input: { claimId, body: "x" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.comment.count()).toBe(before);
  });
});

describe("claim timeline", () => {
  it("tells who did what, newest first, with readable before and after", async () => {
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await updateClaim({ actor: a.editor!, input: { claimId, version: claim.version, summary: "A new summary." } });
    const [latest, comment] = await getClaimTimeline({ actor: a.reviewer!, claimId });
    expect(latest).toMatchObject({
      who: "Elena Editor",
      summary: "changed summary",
      details: [expect.stringMatching(/^summary: .* → “A new summary\.”$/), "state: In review → Draft"],
    });
    expect(comment).toMatchObject({ who: "Elena Editor", summary: "commented", details: ["“Table 3 of the report.”"] });
  });
});
