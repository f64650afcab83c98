// Sessions end on the server, wrong passwords are throttled, desk pages carry a strict policy and
// answer 403 and 404 for what a role may not open or what does not exist.
import { expect, test } from "@playwright/test";
import { password, signIn } from "../support/accounts";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test("signing out ends the session on the server: a copied cookie no longer opens the desk", async ({ page, browser }) => {
  await signIn(page, "editor2@example.org");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: /sign in/i })).toBeVisible();

  const thief = await newUserContext(browser);
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/articles");
  await expect(stolen).toHaveURL(/\/signin/);
  await thief.close();
});

test("ten wrong passwords in a minute are answered with 429 and a clear message", async ({ browser }) => {
  // An address of its own (the app trusts X-Forwarded-For in this test run), so other journeys sign in as usual.
  const context = await newUserContext(browser, { extraHTTPHeaders: { "x-forwarded-for": "203.0.113.50" } });
  const page = await context.newPage();
  const email = `nobody-${Date.now()}@example.org`;
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, email, "not the password", { expectSuccess: false });
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
    signIn(page, "editor@example.org", password, { expectSuccess: false }),
  ]);
  expect(answer.status()).toBe(429);
  expect(answer.headers()["retry-after"]).toMatch(/^\d+$/);
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toBeVisible();
  await context.close();
});

test("desk pages carry a nonce-based policy, and answer 403 and 404", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
  await signIn(page, "editor@example.org");
  const articles = await page.goto("/articles");
  expect(articles?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await page.getByRole("link", { name: /Trump says Mexican president/ }).click();
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark").first()).toBeVisible();

  const forbidden = await page.goto("/review");
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  const missing = await page.goto("/articles/cnosucharticle00000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(violations).toEqual([]);
});
