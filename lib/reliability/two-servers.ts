// Two app processes on one Postgres, as a deployment behind a load balancer runs them: a session
// opened on one works on the other and ends on both; a publish on one is seen at once in the other's
// cached reader pages; a claim saved on one reaches an editor connected to the other within a
// second; wrong passwords sent to both are counted together.
import { type AppUnderTest, startSecondProcess } from "./app-under-test";
import { actionSucceeded, DeskClient, workbenchAction } from "./desk-client";
import { type ServerEvent, openEventStream } from "./event-stream";
import { query } from "./integrity";

const PASSWORD = () => process.env.DEMO_PASSWORD || "factcheck-demo";

/** Resolves with when an event matching `match` arrived on a live connection to `url`; `ready` runs once connected. */
async function firstEvent(url: string, cookie: string, match: (event: ServerEvent) => boolean, ready: () => Promise<void>) {
  let heard: (at: number) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const arrival = new Promise<number>((resolve, reject) => {
    heard = resolve;
    failed = reject;
    setTimeout(() => reject(new Error("no live update within 10 s")), 10_000).unref();
  });
  let started = false;
  const stream = await openEventStream(url, cookie, (event) => {
    if (match(event)) heard(Date.now());
    if (!started && event.event === "presence") {
      started = true;
      ready().catch(failed);
    }
  });
  try {
    return await arrival;
  } finally {
    await stream.close();
  }
}

export async function twoServers(first: AppUnderTest): Promise<string[]> {
  const second = await startSecondProcess(first, new URL(first.base).port ? Number(new URL(first.base).port) + 1 : 3151);
  const lines: string[] = [];
  try {
    // Sessions: signed in on the first, known on the second.
    const editor = new DeskClient(first.base);
    await editor.signIn("editor@example.org", PASSWORD());
    const onSecond = editor.at(second.base);
    const desk = await onSecond.fetch("/articles");
    if (desk.status !== 200) throw new Error(`a session from the first process is refused by the second (${desk.status})`);

    // Live: an editor connected to the second process hears a save made through the first.
    const [claim] = await query<{ id: string; articleId: string; version: number }>(
      first.ownerUrl(),
      `SELECT id, "articleId", version FROM "Claim" WHERE state = 'DRAFT' AND "deletedAt" IS NULL LIMIT 1`,
    );
    const update = workbenchAction("updateClaimAction", claim!.articleId, claim!.id);
    let sentAt = 0;
    const heardAt = await firstEvent(
      `${second.base}/api/live/articles/${claim!.articleId}`,
      onSecond.cookieHeader,
      (event) => event.event === "claim" && (event.data as { claimId: string }).claimId === claim!.id,
      async () => {
        sentAt = Date.now();
        const saved = await editor.action(
          update,
          JSON.stringify([claim!.articleId, { claimId: claim!.id, version: claim!.version, tags: ["live"] }]),
        );
        if (!actionSucceeded(saved.text)) throw new Error(`the save on the first process failed: ${saved.text.slice(0, 200)}`);
      },
    );
    const delay = heardAt - sentAt;
    if (delay > 1_000) throw new Error(`the live update took ${delay} ms`);
    lines.push(`live update from one process to an editor on the other: heard ${delay} ms after the save was sent`);

    // Publishing: the second process's cached reader page follows an unpublish and a publish on the first.
    const [article] = await query<{ id: string; slug: string }>(
      first.ownerUrl(),
      `SELECT id, slug FROM "Article" WHERE "publicationStatus" = 'PUBLISHED' LIMIT 1`,
    );
    const reader = (server: AppUnderTest) => fetch(`${server.base}/f/${article!.slug}`).then((response) => response.status);
    for (let i = 0; i < 2; i++)
      if ((await reader(second)) !== 200) throw new Error("the published page is not served by the second process");
    const run = async (name: string, input: object) => {
      const action = workbenchAction(name, article!.id, claim!.id);
      const answer = await editor.action(action, JSON.stringify([input]));
      if (!actionSucceeded(answer.text)) throw new Error(`${name} failed: ${answer.text.slice(0, 200)}`);
    };
    await run("unpublishArticleAction", { articleId: article!.id });
    const afterUnpublish = await reader(second);
    if (afterUnpublish === 200) throw new Error("the second process still serves a page the first unpublished");
    await run("publishArticleAction", { articleId: article!.id, correctionNote: "" });
    const afterPublish = await reader(second);
    if (afterPublish !== 200) throw new Error(`the second process answers ${afterPublish} for a page the first published again`);
    lines.push(
      `publishing on one process: the other's cached reader page answered ${afterUnpublish} right after the unpublish, 200 right after the publish`,
    );

    // Signing out on the first ends the session on the second.
    const { csrfToken } = (await (await editor.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await editor.fetch("/api/auth/signout", {
      method: "POST",
      body: new URLSearchParams({ csrfToken, json: "true" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const afterSignOut = await onSecond.fetch("/articles");
    if (afterSignOut.status === 200) throw new Error("a session signed out on the first process still works on the second");
    lines.push("sessions: signed in on one process, accepted by the other, and ended on both by signing out");

    // Throttling: ten wrong passwords, alternating between the processes, lock the account on both.
    const email = "reviewer2@example.org";
    for (let i = 0; i < 10; i++) {
      await new DeskClient(i % 2 ? second.base : first.base).signIn(email, "wrong password").catch(() => undefined);
    }
    const locked = await new DeskClient(second.base).signIn(email, PASSWORD()).then(
      () => false,
      () => true,
    );
    if (!locked) throw new Error("wrong passwords sent to two processes were not counted together");
    lines.push("throttling: 10 wrong passwords spread over both processes refuse the right one on either");
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- second process ---\n${second.output().slice(-3_000)}`);
  } finally {
    await second.stop();
  }
  return lines;
}
