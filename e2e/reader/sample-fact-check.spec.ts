import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test("an anonymous visitor reads the sample fact-check with its claims highlighted", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Published fact-checks" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/home.png", fullPage: true });
  const problems: string[] = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/f/")),
    page.getByRole("link", { name: /Trump says Mexican president is afraid of cartels/ }).click(),
  ]);
  // Served with a policy that allows only our own script files, and the usual security headers.
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self';");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toContain("public");

  await expect(page.getByRole("heading", { level: 1, name: /Trump says Mexican president/ })).toBeVisible();
  const article = page.getByRole("region", { name: "Article text" });
  await expect(article).toContainText("Speaking to reporters on Air Force One");

  // Approved claims are highlighted; the draft and the one in review are not published.
  const marks = article.locator("mark");
  await expect(marks).toHaveCount(4);
  await expect(marks.filter({ hasText: "Trump issued an order in January" })).toHaveAccessibleDescription(/^Rated True:/);
  await expect(marks.filter({ hasText: "In February, Trump designated" })).toHaveAccessibleDescription(/^Rated True:/);
  await expect(marks.filter({ hasText: "never accept the presence" })).toHaveAccessibleDescription(/^Rated Unverifiable:/);
  await expect(article.locator("mark", { hasText: "U.S. Northern Command" })).toHaveCount(0);
  await expect(article.locator("mark", { hasText: "can’t even think straight" })).toHaveCount(0);

  // Clicking a highlight opens its verdict in a dialog, with sources; so does Enter.
  await marks.filter({ hasText: "Trump issued an order in January" }).click();
  const dialog = page.getByRole("dialog", { name: "Verdict: True" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("link", { name: /Executive Order 14167 of January 20, 2025/ })).toHaveAttribute(
    "href",
    /federalregister\.gov/,
  );
  await page.screenshot({ path: "test-results/screens/reader-dialog.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const highlight = page.getByRole("link", { name: /In February, Trump designated/ });
  await highlight.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Verdict: True" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(highlight).toBeFocused();

  // Machines read the same verdicts: one ClaimReview per published claim.
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const reviews = jsonLd.map(
    (text) =>
      JSON.parse(text) as {
        "@type": string;
        reviewRating: { alternateName: string; ratingValue: number; bestRating: number; worstRating: number };
      },
  );
  expect(reviews).toHaveLength(4);
  expect(reviews[0]).toMatchObject({
    "@type": "ClaimReview",
    reviewRating: { alternateName: "True", ratingValue: 6, bestRating: 6, worstRating: 1 },
  });
  expect(await page.locator('script:not([type="application/ld+json"]):not([src="/scripts/reader.js"])').count()).toBe(0);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
  await expect(page.getByRole("complementary")).toContainText("4 claims checked");
  await page.screenshot({ path: "test-results/screens/reader.png", fullPage: true });
  await page.screenshot({ path: "test-results/screens/reader-top.png" });
});

test("a mobile reader gets the same fact-check in one column", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/f/trump-sheinbaum-us-troops-mexico");
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark")).toHaveCount(4);
  await page.screenshot({ path: "test-results/screens/reader-mobile.png", fullPage: true });
});

test("an unknown fact-check is a clear 404", async ({ page }) => {
  const response = await page.goto("/f/no-such-fact-check");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
