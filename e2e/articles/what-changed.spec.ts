// "What changed" before an article has a second version: the desk page's empty state and the public
// change log's "not changed". The comparison itself is covered by get-article-changes.integration.test.ts
// until the desk can make a new version through its own pages.
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";

const SLUG = "trump-sheinbaum-us-troops-mexico";

test("an article with one version has nothing to compare yet, on the desk and in public", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/articles");
  await page.getByRole("link", { name: /Trump says Mexican president is afraid of cartels/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Trump says Mexican president/ })).toBeVisible();
  const workbench = new URL(page.url()).pathname;
  // The header links "What changed" only once there is an earlier version.
  await expect(page.getByRole("link", { name: "What changed" })).toHaveCount(0);

  await page.goto(`${workbench}/changes`);
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  await expect(page.getByText("Only one version so far")).toBeVisible();
  await expect(page.getByLabel("From revision")).toHaveCount(0);
  await page.getByRole("link", { name: /Back to the article/ }).click();
  await expect(page).toHaveURL(workbench);

  await page.context().clearCookies();
  const response = await page.goto(`/f/${SLUG}/changes`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");
  await expect(page.getByRole("heading", { level: 1, name: "What changed in the article" })).toBeVisible();
  await expect(page.getByText("The article has not changed since.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the fact-check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Trump says Mexican president/ })).toBeVisible();
  await expect(page.getByText("after this fact-check was published")).toHaveCount(0);

  expect((await page.goto(`/f/no-such-fact-check/changes`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
