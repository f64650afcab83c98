// A publisher edits an article after the desk checked it: the editor checks for a new version,
// sees what changed, finds each claim's status (moved, orphaned), re-attaches the orphan to the
// right words, and publishes the new revision; readers of the old version are told it changed.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { serveLocalPages } from "../support/local-pages";
import { dragOver } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(180_000);

const story = (paragraphs: string[]) => ({
  type: "text/html",
  body: `<!doctype html><html lang="en"><head><title>Harbour bridge report</title></head><body><article><h1>Harbour bridge report</h1>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join("")}</article></body></html>`,
});
const KEPT = "The council approved the harbour budget on Tuesday after a long debate.";
const EDITED = "The mayor said the bridge cost 40 million euros to build.";
const DELETED = "The tunnel will open in May, the chief engineer told reporters.";
const FIRST = [KEPT, EDITED, `Residents asked about the tunnel. ${DELETED}`, "Nobody mentioned the ferry at all."];
const SECOND = [
  "Correction appended on Thursday: an earlier version misstated the bridge's cost.",
  KEPT,
  "The mayor said the bridge cost 45 million euros to build.",
  "Residents asked about the tunnel, which the council now expects to open in June.",
  "Nobody mentioned the ferry at all.",
];

const pages: Record<string, { type: string; body: string }> = {};
let server: Awaited<ReturnType<typeof serveLocalPages>>;
test.beforeAll(async () => {
  server = await serveLocalPages(pages);
});
test.afterAll(() => server.close());

const panel = (page: Page) => page.getByRole("complementary");

async function markPhrase(page: Page, phrase: string) {
  await dragOver(page, phrase);
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(panel(page).getByLabel("Marked text")).toContainText(phrase);
}

async function approveAs(browser: Browser, email: string, claim: RegExp) {
  const reviewer = await (await newUserContext(browser)).newPage();
  await signIn(reviewer, email);
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: claim }).click();
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Decision recorded.");
  await reviewer.close();
}

test("a changed article: new version, what changed, moved and orphaned claims, re-attach, publish again", async ({ page, browser }) => {
  const path = `/harbour-${Date.now()}`;
  pages[path] = story(FIRST);
  await signIn(page, "editor@example.org");
  await page.goto("/articles/import");
  await page.getByLabel("Article URL").fill(`${server.base}${path}`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour bridge report" })).toBeVisible();
  const articleUrl = page.url();

  // One claim checked and published before the publisher's edit; two more still in draft.
  await markPhrase(page, KEPT);
  await panel(page).getByRole("combobox", { name: "Claimant" }).fill("Sheinb");
  await panel(page)
    .getByRole("option", { name: /Claudia Sheinbaum/ })
    .click();
  await panel(page).getByLabel("Rating").selectOption({ label: "True (6)" });
  await panel(page).getByLabel("Summary").fill("The minutes record the vote.");
  await panel(page).getByRole("textbox", { name: "Explanation" }).fill("The council's minutes record the budget vote on Tuesday.");
  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").fill("https://example.org/council/minutes");
  await panel(page).getByLabel("Source title").fill("Council minutes");
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(panel(page).getByRole("link", { name: "Council minutes" })).toBeVisible();
  await panel(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(page).getByText("in review", { exact: true })).toBeVisible();
  await approveAs(browser, "reviewer@example.org", /council approved the harbour budget/);
  await page.goto(articleUrl);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
  const readerPath = await page.getByRole("link", { name: "read the public page" }).getAttribute("href");
  await markPhrase(page, EDITED);
  await page.goto(articleUrl);
  await markPhrase(page, DELETED);
  await page.goto(articleUrl);

  // Nothing changed yet: no revision.
  await page.getByText("New version of the article").click();
  await page.getByRole("button", { name: "Check for a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No change" })).toContainText("the same as revision 1");

  // The publisher edits the page behind the same address.
  pages[path] = story(SECOND);
  await page.getByRole("button", { name: "Check for a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Revision 2 stored" })).toContainText("Claims: 1 anchored, 1 moved, 1 orphaned.");
  // The article on screen is the new text at once, with the claims drawn into it.
  await expect(page.getByRole("region", { name: "Article text" })).toContainText("45 million euros");
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark")).toHaveCount(2);
  const list = page.getByRole("complementary", { name: /Claims/ });
  await expect(list.getByRole("listitem").filter({ hasText: "40 million" })).toContainText(/Moved \(\d+% similar\)/);
  await expect(list.getByRole("listitem").filter({ hasText: "tunnel will open in May" })).toContainText(
    "Orphaned: not found in the current version",
  );
  await expect(list.getByRole("note")).toContainText("1 claim lost its words");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screens/revision-statuses.png", fullPage: true });

  // What changed, word by word.
  await page.getByRole("link", { name: "What changed" }).first().click();
  await expect(page.getByRole("heading", { name: "What changed" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "45" }).first()).toBeVisible();
  await expect(page.locator("del").filter({ hasText: "40" }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/what-changed.png", fullPage: true });
  await page.goto(articleUrl);

  // The moved claim shows its old words; the orphan is re-attached to the words that replaced it.
  await list.getByRole("link", { name: /45 million|40 million/ }).click();
  await expect(panel(page).getByRole("note")).toContainText("Moved");
  await expect(panel(page).getByRole("note")).toContainText("40 million euros");
  await page.goto(articleUrl);
  await list.getByRole("link", { name: /tunnel will open in May/ }).click();
  await expect(panel(page).getByRole("note", { name: /Orphaned/ })).toContainText("not in the article's current version");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "test-results/screens/orphan-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await dragOver(page, "which the council now expects to open in June");
  await page.getByRole("button", { name: "Re-attach" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim re-attached" })).toBeVisible();
  await expect(panel(page).getByText("Anchored", { exact: true })).toBeVisible();
  await expect(panel(page).getByLabel("Marked text")).toHaveText("which the council now expects to open in June");
  await panel(page)
    .getByText(/^History/)
    .click();
  await expect(panel(page).getByText(/re-attached it to other words of revision 2/)).toBeVisible();

  // Readers of version 1 are told the article changed; publishing again takes the new text.
  const reader = await (await newUserContext(browser)).newPage();
  await reader.goto(readerPath!);
  await expect(reader.getByText(/The article was changed on/)).toBeVisible();
  await page.goto(articleUrl);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2." })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("region", { name: "Article text" })).toContainText("45 million euros");
  await expect(reader.getByText(/The article was changed on/)).toHaveCount(0);
});
