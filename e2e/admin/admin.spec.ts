import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test("an admin creates an account, the person signs in, and disabling it locks them out", async ({ page, browser }) => {
  await signIn(page, "admin@example.org");
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: /Users/ }).click();
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill("Nadia Newcomer");
  await form.getByLabel("Email").fill("nadia@example.org");
  await form.getByLabel("Role").selectOption("REVIEWER");
  await form.getByLabel("Temporary password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await form.getByLabel("Temporary password").fill("harbor-tunnel-2025");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toContainText("Account created.");
  await expect(page.getByRole("cell", { name: /nadia@example.org/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screens/admin-users.png", fullPage: true });

  const nadia = await (await newUserContext(browser)).newPage();
  await signIn(nadia, "nadia@example.org", "harbor-tunnel-2025", { expectSuccess: true });
  await expect(nadia.getByRole("link", { name: "Review queue" })).toBeVisible();

  await page.getByRole("button", { name: "Disable Nadia Newcomer" }).click();
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("button", { name: "Enable Nadia Newcomer" })).toBeVisible();
  await nadia.goto("/review");
  await expect(nadia).toHaveURL(/\/signin/);
});

test("an admin sets the publisher profile and the rating scale", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/publisher");
  const profile = page.getByRole("form", { name: "Publisher profile" });
  await profile.getByLabel("Required approvals").fill("9");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("At most five approvals.")).toBeVisible();
  await profile.getByLabel("Required approvals").fill("1");
  await profile.getByLabel("Publisher name").fill("Harbor Fact Check");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByRole("status")).toContainText("Saved.");
  await expect(page.getByRole("banner")).toContainText("Harbor Fact Check");

  await page.goto("/admin/scale");
  // A rating that approved claims carry cannot be renamed under them; an unused one can.
  const unverifiable = page.getByRole("form", { name: "Rating Unverifiable" });
  await unverifiable.getByLabel("Label").fill("Unproven");
  await unverifiable.getByRole("button", { name: "Save Unverifiable" }).click();
  await expect(unverifiable.getByRole("alert")).toContainText("cannot change under");
  const opinion = page.getByRole("form", { name: "Rating Not a factual claim" });
  await opinion.getByLabel("Label").fill("Unproven");
  await opinion.getByRole("button", { name: "Save Not a factual claim" }).click();
  await expect(page.getByRole("form", { name: "Rating Unproven" }).getByRole("status")).toContainText("Saved.");
  // A truer rating needs a higher value: moving "Mostly true" (5) above "True" (6) is refused, saying why.
  await page.getByRole("button", { name: "Move Mostly true up" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "truer ratings come first" })).toBeVisible();
  await page.getByRole("button", { name: "Move Unproven up" }).click();
  // Moved once the server has answered (reloading earlier could show the old order).
  await expect(page.locator(".rating-admin-list .rating-badge").nth(6)).toHaveText("Unproven");
  await page.reload();
  await expect(page.getByRole("form", { name: "Rating Unproven" })).toBeVisible();
  const labels = await page.locator(".rating-admin-list .rating-badge").allTextContents();
  expect(labels.slice(0, 2)).toEqual(["True", "Mostly true"]);
  expect(labels.slice(6, 8)).toEqual(["Unproven", "Unverifiable"]);
  await page.screenshot({ path: "test-results/screens/admin-scale.png", fullPage: true });
});
