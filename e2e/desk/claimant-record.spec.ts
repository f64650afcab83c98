// A claimant's record, reached from a claim: every claim with its rating, the distribution as a
// table, editable sameAs links; readable on a phone and a desktop.
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../support/axe";

test("an editor opens a claimant's record from a claim, reads how their claims were rated and adds a sameAs link", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/articles");
  await page.getByRole("link", { name: /Trump/ }).first().click();
  await page
    .getByRole("complementary", { name: /Claims/ })
    .getByRole("link", { name: /Sheinbaum turned down U.S. troops/ })
    .click();
  await page.getByRole("link", { name: /Everything Donald Trump said on this desk/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Donald Trump" })).toBeVisible();
  const ratings = page.getByRole("table", { name: /Ratings of \d+ claims/ });
  await expect(ratings.getByRole("row")).not.toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Every claim \(\d+\)/ })).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/claimant-${width}.png`, fullPage: true });
  }
  const links = page.getByLabel("sameAs links");
  await links.fill(`${await links.inputValue()}\nnot a web address`);
  await page.getByRole("button", { name: "Save claimant" }).click();
  await expect(page.getByText("Each sameAs entry must be a full web address").first()).toBeVisible();
  await links.fill("https://www.wikidata.org/wiki/Q22686");
  await page.getByRole("button", { name: "Save claimant" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Also known as (sameAs)" })).toContainText("www.wikidata.org/wiki/Q22686");
});
