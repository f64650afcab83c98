import { describe, expect, it } from "vitest";
import { redactSecrets, redactSmtpUrl, retryDelayMs } from "./email-retry";
import { effectiveSettings, notificationPath, quoteClaim } from "./notification-kinds";

describe("email retries", () => {
  it("doubles the wait after each failure, capped at an hour", () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n))).toEqual([60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
  it("never shows the SMTP password", () => {
    expect(redactSmtpUrl("smtp://desk:s3cret@mail.example:587")).toBe("smtp://desk:***@mail.example:587");
    expect(redactSmtpUrl("nonsense")).not.toContain("nonsense");
    expect(redactSecrets("connect to smtps://desk:s3cret@mail.example failed")).toBe("connect to smtps://desk:***@mail.example failed");
  });
});

describe("notification settings and messages", () => {
  it("treats a kind without a stored choice as both channels on", () => {
    const settings = effectiveSettings([{ kind: "MENTIONED", inApp: false, email: true }]);
    expect(settings).toHaveLength(6);
    expect(settings.find((s) => s.kind === "MENTIONED")).toEqual({ kind: "MENTIONED", inApp: false, email: true });
    expect(settings.find((s) => s.kind === "ASSIGNED")).toEqual({ kind: "ASSIGNED", inApp: true, email: true });
  });
  it("quotes long claims in whole words and links to the claim in its workbench", () => {
    expect(quoteClaim("Short claim.")).toBe("“Short claim.”");
    expect(quoteClaim("word ".repeat(40), 30)).toBe("“word word word word word…”");
    expect(notificationPath({ articleId: "a1", claimId: "c1" })).toBe("/articles/a1?claim=c1");
    expect(notificationPath({ articleId: "a1", claimId: null })).toBe("/articles/a1");
  });
});

describe("notification email", () => {
  it("says what happened and links to the claim and the settings", async () => {
    const { composeNotificationEmail } = await import("./notification-email");
    const email = composeNotificationEmail({
      kind: "APPROVED",
      message: "Ravi Reviewer approved “Unemployment fell”.",
      path: "/articles/a1?claim=c1",
      origin: "https://desk.example",
      publisherName: "Example Checks",
    });
    expect(email.subject).toBe("Approved: Ravi Reviewer approved “Unemployment fell”.");
    expect(email.text).toContain("Open it: https://desk.example/articles/a1?claim=c1");
    expect(email.text).toContain("https://desk.example/notifications/settings");
    expect(email.text).toContain("— Example Checks");
  });
});
