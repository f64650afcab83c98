// Notification email through a real SMTP server on 127.0.0.1: each queued email is sent exactly
// once when two workers race, a failing server is retried and then given up on with the error
// kept (and the password never stored), and without SMTP_URL nothing is queued or sent.
import { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { notify } from "./notify";
import { createMailer, sendPendingEmails, startSendingEmails } from "./send-emails";

type Mail = { to: string[]; body: string };
/** The message as its reader sees it: quoted-printable undone (soft line breaks, =XX bytes). */
const readable = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
const SECRET = "s3cret-pass";

/** A real SMTP server; `refuse` makes it reject every recipient (a server that is failing). */
async function smtpServer({ refuse = false } = {}) {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (auth, _session, done) => (auth.password === SECRET ? done(null, { user: auth.username }) : done(new Error("Bad password"))),
    onRcptTo: (_address, _session, done) =>
      refuse ? done(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })) : done(),
    onData: (stream, session, done) => {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body: readable(body) });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    mails,
    url: `smtp://desk:${SECRET}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const a: Record<string, Actor> = {};
let claim: { id: string; articleId: string };
const servers: Awaited<ReturnType<typeof smtpServer>>[] = [];

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "editor2@example.org", "reviewer@example.org", "reviewer2@example.org"])
    a[email.split("@")[0]!] = await actorFor(email);
  claim = await db.claim.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, articleId: true } });
  process.env.PUBLIC_BASE_URL = "https://desk.example";
});
afterEach(async () => {
  delete process.env.SMTP_URL;
  await db.notification.deleteMany();
});
afterAll(async () => {
  delete process.env.PUBLIC_BASE_URL;
  await Promise.all(servers.map((server) => server.close()));
});

/** Queues one notification per recipient as notify() does when SMTP_URL is set. */
async function queue(recipients: Actor[], message = "Elena Editor assigned you a claim.") {
  await notify(db, [
    {
      kind: "ASSIGNED",
      recipientIds: recipients.map((r) => r.id),
      actorId: a.editor!.id,
      ...{ claimId: claim.id, articleId: claim.articleId },
      message,
    },
  ]);
}

describe("notification email", () => {
  it("sends each queued email exactly once when two workers race, saying what happened with a link to the claim", async () => {
    const server = await smtpServer();
    servers.push(server);
    process.env.SMTP_URL = server.url;
    for (let i = 0; i < 4; i++) await queue([a.editor2!, a.reviewer!, a.reviewer2!], `Message ${i}.`);
    expect(await db.notification.count({ where: { emailState: "PENDING" } })).toBe(12);

    // Two workers, each with its own connection to the server, take small batches until the queue is empty.
    const worker = async () => {
      const mailer = createMailer(server.url);
      let sent = 0;
      for (let round = 0; round < 20; round++) sent += (await sendPendingEmails({ mailer, batch: 2 })).sent;
      mailer.close();
      return sent;
    };
    const [one, two] = await Promise.all([worker(), worker()]);
    expect(one + two).toBe(12);
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(0);
    expect(server.mails).toHaveLength(12);
    const delivered = server.mails.map((mail) => `${mail.to.join()}|${/Message \d\./.exec(mail.body)?.[0]}`);
    expect(new Set(delivered).size).toBe(12);
    expect(await db.notification.count({ where: { emailState: "SENT", emailAttempts: 1, emailedAt: { not: null } } })).toBe(12);

    const mail = server.mails.find((m) => m.to.includes("editor2@example.org"))!.body;
    expect(mail).toMatch(/^Subject: Assigned: Message \d\./m);
    expect(mail).toContain(`Open it: https://desk.example/articles/${claim.articleId}?claim=${claim.id}`);
    expect(mail).toMatch(/^From: "The Fact-Check Desk" <no-reply@desk\.example>/m);
    expect(mail).toContain("https://desk.example/notifications/settings");
    expect(mail).not.toContain(SECRET);
  });

  it("retries a failing server with a growing wait, then gives up with the error kept and no password", async () => {
    const server = await smtpServer({ refuse: true });
    servers.push(server);
    process.env.SMTP_URL = server.url;
    await queue([a.editor2!]);
    const mailer = createMailer(server.url);

    expect(await sendPendingEmails({ mailer })).toEqual({ sent: 0, failed: 0, retrying: 1 });
    const first = await db.notification.findFirstOrThrow();
    expect(first).toMatchObject({ emailState: "PENDING", emailAttempts: 1 });
    expect(first.emailError).toContain("Mailbox unavailable");
    // Not before its wait (a minute by default) is over.
    expect(await sendPendingEmails({ mailer })).toEqual({ sent: 0, failed: 0, retrying: 0 });

    for (const attempt of [2, 3]) {
      expect(await sendPendingEmails({ mailer, retryBaseMs: 0 })).toMatchObject({ retrying: 1 });
      expect(await db.notification.findFirstOrThrow()).toMatchObject({ emailState: "PENDING", emailAttempts: attempt });
    }
    expect(await sendPendingEmails({ mailer, retryBaseMs: 0 })).toEqual({ sent: 0, failed: 1, retrying: 0 });
    const last = await db.notification.findFirstOrThrow();
    expect(last).toMatchObject({ emailState: "FAILED", emailAttempts: 4 });
    expect(last.emailError).toContain("Mailbox unavailable");
    expect(last.emailError).not.toContain(SECRET);
    expect(await sendPendingEmails({ mailer, retryBaseMs: 0 })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(server.mails).toHaveLength(0);
    mailer.close();
  });

  it("queues and sends nothing without SMTP_URL, and starts no email job, without an error", async () => {
    const server = await smtpServer();
    servers.push(server);
    await queue([a.editor2!]);
    const [row] = await db.notification.findMany();
    expect(row).toMatchObject({ emailState: null, emailAttempts: 0 });
    const logged: string[] = [];
    expect(() => startSendingEmails((line) => logged.push(line))).not.toThrow();
    expect(logged).toEqual([]);
    expect(await sendPendingEmails({ mailer: createMailer(server.url) })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(server.mails).toHaveLength(0);
  });
});
