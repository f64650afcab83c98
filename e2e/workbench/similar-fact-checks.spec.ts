// The desk's memory while describing a claim: a claim the desk already checked shows up under
// "Similar fact-checks" with its rating, and "Same claim" records the link in the claim's history.
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { dragOver, importText } from "../support/workbench";

test("marking a claim the desk already checked shows the earlier fact-check, and linking it is recorded", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const quote = "Sheinbaum rejected Trump's offer to send U.S. troops into Mexico";
  await importText(page, `Troops post ${Date.now()}`, `A viral post claims that ${quote}, calling it a betrayal.`);
  await dragOver(page, quote);
  await page.getByRole("button", { name: "Mark as claim" }).click();
  const panel = page.getByRole("complementary");
  const similar = panel.getByRole("region", { name: "Similar fact-checks" });
  await expect(panel.getByRole("status").filter({ hasText: /similar fact-checks? found/ })).toBeVisible();
  await similar.getByText("Similar fact-checks").click();
  await expect(similar.getByRole("link", { name: /Claudia Sheinbaum rejected Trump's offer/ })).toBeVisible();
  await expect(similar).toContainText(/Rated “/);
  await expectNoAxeViolations(page);
  await similar.getByRole("button", { name: /^Same claim as “Mexican President Claudia Sheinbaum rejected/ }).click();
  await expect(similar.getByRole("list", { name: "Same claim as" })).toContainText("Claudia Sheinbaum rejected Trump's offer");
  await page.reload();
  await panel.getByRole("region", { name: "Similar fact-checks" }).getByText("Similar fact-checks").click();
  await expect(panel.getByRole("list", { name: "Same claim as" })).toBeVisible();
  await panel.getByText(/^History/).click();
  await expect(panel.getByText(/marked it the same claim as/)).toBeVisible();
});

test("Suggest claims underlines the check-worthy sentences, and one can be marked as a claim", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const checkable = "Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years, the labor secretary said.";
  await importText(
    page,
    `Suggestions ${Date.now()}`,
    `What a lovely morning it was.\n\n${checkable}\n\nI think we should all be kinder, don't you?`,
  );
  await page.getByRole("button", { name: "Suggest claims" }).click();
  await expect(page.getByRole("button", { name: "Suggest claims" })).toHaveAttribute("aria-pressed", "true");
  const suggestion = page.locator(".claim-suggestion").filter({ hasText: "Unemployment fell" });
  await expect(suggestion).toHaveCount(1);
  await expect(suggestion).toHaveAttribute("title", /a number or figure|percent/);
  await expect(page.locator(".claim-suggestion").filter({ hasText: "lovely morning" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/suggest-claims.png", fullPage: true });
  await suggestion.click();
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(page.getByRole("complementary").getByLabel("Marked text")).toContainText("Unemployment fell to 3.5 percent");
});
