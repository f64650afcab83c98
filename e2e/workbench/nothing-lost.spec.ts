// Nothing an editor types is lost: links in the explanation save with everything else in the same
// burst, refusals name what to fix and go away once it is fixed, and large imports go through.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { importText } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(120_000);

const panel = (page: Page) => page.getByRole("complementary");
const saved = (page: Page) =>
  expect(
    panel(page)
      .getByRole("status")
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();
const TEXT = "The minister said border seizures of fentanyl doubled in 2024.\n\nCustoms figures were published in January.";

async function asUser(browser: Browser, email: string) {
  const page = await (await newUserContext(browser)).newPage();
  await signIn(page, email);
  return page;
}

test("links in the explanation save with every other field of the same burst, and work for the reviewer and the reader", async ({
  page,
  browser,
}) => {
  await signIn(page, "editor@example.org");
  const title = `Seizure claims ${Date.now()}`;
  await importText(page, title, TEXT);
  await page.getByRole("region", { name: "Article text" }).getByRole("document").focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Control+Shift+M");
  await expect(panel(page).getByLabel("Marked text")).toContainText("border seizures of fentanyl doubled");
  const claimUrl = page.url();

  // A refused submit names what is missing; each message goes once its field is fixed.
  await panel(page).getByRole("button", { name: "Submit for review" }).click();
  const refusal = panel(page).getByRole("alert").filter({ hasText: "Before review, add a claimant" });
  await expect(refusal).toBeVisible();
  await expect(panel(page).getByText("Add a claimant.")).toBeVisible();

  // One burst, no pause: claimant, date, tags, rating, summary and an explanation with two links.
  await panel(page).getByRole("combobox", { name: "Claimant" }).fill("Sheinb");
  await panel(page)
    .getByRole("option", { name: /Claudia Sheinbaum/ })
    .click();
  await expect(panel(page).getByText("Add a claimant.")).toHaveCount(0);
  await panel(page).getByLabel("Date said").fill("2025-02-03");
  await panel(page).getByLabel("Tags").fill("fentanyl, border");
  await panel(page).getByLabel("Rating").selectOption({ label: "Mostly false (3)" });
  await panel(page).getByLabel("Summary").fill("Seizures rose by about a third, not doubled.");
  const explanation = panel(page).getByRole("textbox", { name: "Explanation" });
  await explanation.click();
  await page.keyboard.type("Customs counts are in the seizure statistics");
  for (let i = 0; i < "seizure statistics".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await panel(page).getByRole("button", { name: "Link", exact: true }).click();
  await panel(page).getByLabel("Link address").fill("https://www.cbp.gov/newsroom/stats/drug-seizure-statistics");
  await page.keyboard.press("Enter");
  await explanation.press("End");
  await page.keyboard.type(". Annual report: https://www.cbp.gov/document/annual-report ");
  await saved(page);
  await expect(refusal).toBeVisible();

  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").fill("https://www.cbp.gov/newsroom/stats/drug-seizure-statistics");
  await panel(page).getByLabel("Source title").fill("CBP drug seizure statistics");
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(panel(page).getByRole("link", { name: "CBP drug seizure statistics" })).toBeVisible();
  await expect(refusal).toHaveCount(0);

  // After a reload, everything is there.
  await page.goto(claimUrl);
  await expect(panel(page).getByRole("combobox", { name: "Claimant" })).toHaveValue("Claudia Sheinbaum");
  await expect(panel(page).getByLabel("Date said")).toHaveValue("2025-02-03");
  await expect(panel(page).getByLabel("Tags")).toHaveValue("fentanyl, border");
  await expect(panel(page).getByLabel("Rating").locator("option:checked")).toHaveText("Mostly false (3)");
  await expect(panel(page).getByLabel("Summary")).toHaveValue("Seizures rose by about a third, not doubled.");
  const links = panel(page).getByRole("textbox", { name: "Explanation" }).getByRole("link");
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute("href", "https://www.cbp.gov/newsroom/stats/drug-seizure-statistics");
  await expect(links.nth(1)).toHaveAttribute("href", "https://www.cbp.gov/document/annual-report");
  await panel(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(page).getByText("in review", { exact: true })).toBeVisible();

  // The reviewer follows the links, and approves.
  const reviewer = await asUser(browser, "reviewer@example.org");
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: /border seizures of fentanyl doubled/ }).click();
  await expect(reviewer.getByRole("link", { name: "seizure statistics", exact: true })).toHaveAttribute(
    "href",
    "https://www.cbp.gov/newsroom/stats/drug-seizure-statistics",
  );
  await expect(reviewer.getByRole("link", { name: "https://www.cbp.gov/document/annual-report" })).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Decision recorded.");

  // Published, the reader's verdict dialog carries the same links.
  await page.reload();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
  const readerUrl = await page.getByRole("link", { name: "read the public page" }).getAttribute("href");
  const reader = await (await newUserContext(browser)).newPage();
  await reader.goto(readerUrl!);
  await reader.getByRole("region", { name: "Article text" }).locator("mark").click();
  const dialog = reader.getByRole("dialog", { name: "Verdict: Mostly false" });
  await expect(dialog.getByRole("link", { name: "seizure statistics", exact: true })).toHaveAttribute(
    "href",
    "https://www.cbp.gov/newsroom/stats/drug-seizure-statistics",
  );

  // Publishing again with nothing changed makes no new version and says so.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing changed since version 1" })).toBeVisible();
});

test("an approved claim asks before an edit sends it back to draft, and tags stay free to change", async ({ page }) => {
  await signIn(page, "editor2@example.org");
  await page.goto("/articles");
  await page.getByRole("link", { name: /Trump says Mexican president/ }).click();
  await page.getByRole("link", { name: /increase the military's role/ }).click();
  const lock = panel(page).getByRole("group", { name: "This claim is locked" });
  await expect(lock).toContainText(
    "This claim is approved. Changing the claim, its claimant, dates, verdict or sources sends it back to draft and voids its approval",
  );
  await expect(panel(page).getByLabel("Rating")).toBeDisabled();
  await expect(panel(page).getByLabel("Claim", { exact: true })).toBeDisabled();
  await expect(panel(page).getByRole("button", { name: "Add source" })).toHaveCount(0);

  await panel(page).getByLabel("Tags").fill("border, military, reviewed twice");
  await saved(page);
  await expect(panel(page).getByText("approved", { exact: true })).toBeVisible();

  await panel(page).getByRole("button", { name: "Edit anyway" }).click();
  await expect(panel(page).getByRole("status").filter({ hasText: "Your next change" })).toBeVisible();
  await panel(page).getByLabel("Rating").selectOption({ label: "Mostly true (5)" });
  await expect(panel(page).getByText("draft", { exact: true })).toBeVisible();
  await expect(panel(page).getByRole("group", { name: "This claim is locked" })).toHaveCount(0);
});

test("imports a file over 1 MB, and a refused file says why and leaves the form usable", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/articles/import");
  await page.getByLabel("File").check();
  const paragraph =
    "<p>The council's transport committee reviewed the tunnel's traffic counts, toll receipts and maintenance grants for the decade. </p>\n";
  const big = `<!doctype html><html lang="en"><head><title>Tunnel audit ${Date.now()}</title></head><body><article><h1>Tunnel audit</h1>${paragraph.repeat(12_000)}</article></body></html>`;
  expect(big.length).toBeGreaterThan(1_500_000);
  await page.getByLabel("Article file").setInputFiles({ name: "tunnel-audit.html", mimeType: "text/html", buffer: Buffer.from(big) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Tunnel audit/ })).toBeVisible({ timeout: 60_000 });

  await page.goto("/articles/import");
  await page.getByLabel("File").check();
  await page
    .getByLabel("Article file")
    .setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 10, "a") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file is too large to import (5 MB at most)." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
});
