// Two editors on one article, each in their own browser: each sees who else is there, the other's
// new claim and changes appear without reloading, and when both change the same claim the one
// who saved second keeps their text and chooses: copy mine, keep mine, take theirs.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { dragOver, importText } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(180_000);

const PHRASE = "The ferry carried 12,000 passengers in July";
const panel = (page: Page) => page.getByRole("complementary");
const claimField = (page: Page) => panel(page).getByLabel("Claim", { exact: true });
const saved = (page: Page) =>
  expect(
    panel(page)
      .getByRole("status")
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();
/** Live updates must arrive within a second; the rest of this bound is the page's own refresh. */
const LIVE = { timeout: 3_000 };

async function editorPage(browser: Browser, email: string, options: { live?: boolean } = {}) {
  const context = await newUserContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  // Without its live connection an editor hears of nothing: their save then meets the conflict.
  if (options.live === false) await context.route("**/api/live/**", (route) => route.abort());
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function articleWithClaim(a: Page) {
  await importText(a, `Ferry figures ${Date.now()}`, `${PHRASE}, the operator said. Harbour officials disputed the number.`);
  const url = a.url();
  return url;
}

test("each editor sees who else is there and the other's new and changed claims, without reloading", async ({ browser }) => {
  const a = await editorPage(browser, "editor@example.org");
  const b = await editorPage(browser, "editor2@example.org");
  const url = await articleWithClaim(a);
  await b.goto(url);
  await expect(a.getByText("Also here: Eduardo Editor")).toBeVisible(LIVE);
  await expect(b.getByText("Also here: Elena Editor")).toBeVisible(LIVE);

  await dragOver(a, PHRASE);
  await a.getByRole("button", { name: "Mark as claim" }).click();
  await expect(claimField(a)).toHaveValue(PHRASE);
  await expect(b.getByText("Elena Editor marked a new claim.")).toBeVisible(LIVE);
  await expect(b.locator(`mark[data-claim-id]`)).toHaveCount(1, LIVE);
  await expect(b.getByRole("complementary").getByText(PHRASE)).toBeVisible(LIVE);

  // B opens the same claim; A rewrites it; B's panel (nothing unsaved) shows A's words.
  await b.locator("mark[data-claim-id]").first().click();
  await expect(claimField(b)).toHaveValue(PHRASE);
  await claimField(a).fill("The ferry carried 12,000 passengers in July 2025.");
  await saved(a);
  await expect(claimField(b)).toHaveValue("The ferry carried 12,000 passengers in July 2025.", LIVE);
  await expect(b.getByText("Updated with Elena Editor’s changes.")).toBeVisible();

  // A leaves: B sees it.
  await a.close();
  await expect(b.getByText("Only you have this article open.")).toBeVisible({ timeout: 5_000 });
});

test("the second to save keeps their text and chooses: copy mine, keep mine, take theirs", async ({ browser }) => {
  const a = await editorPage(browser, "editor@example.org");
  const b = await editorPage(browser, "editor2@example.org", { live: false });
  await articleWithClaim(a);
  await dragOver(a, PHRASE);
  await a.getByRole("button", { name: "Mark as claim" }).click();
  await expect(claimField(a)).toHaveValue(PHRASE);
  const claimUrl = a.url();
  await b.goto(claimUrl);
  await expect(claimField(b)).toHaveValue(PHRASE);

  await claimField(a).fill("A: the ferry carried 12,000 passengers.");
  await saved(a);
  await claimField(b).fill("B: the operator reported 12,000 ferry passengers.");
  const notice = panel(b).getByRole("alert").filter({ hasText: "This claim was changed elsewhere first" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Elena Editor changed claim");
  await expect(notice.getByLabel("Your unsaved changes")).toHaveValue("Claim: B: the operator reported 12,000 ferry passengers.");
  // Nothing typed is lost: the field still holds it, and what B goes on typing joins it.
  await expect(claimField(b)).toHaveValue("B: the operator reported 12,000 ferry passengers.");
  await panel(b).getByLabel("Summary").fill("About 12,000.");
  await expect(notice.getByLabel("Your unsaved changes")).toHaveValue(
    "Claim: B: the operator reported 12,000 ferry passengers.\n\nSummary: About 12,000.",
  );

  await notice.getByRole("button", { name: "Copy mine" }).click();
  await expect(notice.getByText("Your changes are copied")).toBeVisible();
  expect(await b.evaluate(() => navigator.clipboard.readText())).toContain("Claim: B: the operator reported 12,000 ferry passengers.");

  await notice.getByRole("button", { name: "Keep mine" }).click();
  await expect(notice).toBeHidden();
  await expect(claimField(b)).toHaveValue("B: the operator reported 12,000 ferry passengers.");
  await expect(b.getByText("Showing the claim as it is stored now.")).toBeVisible();
  // A, still in the field they typed in, is told (their caret is not moved) and shows B's text with a click.
  await expect(a.getByText("Eduardo Editor changed this claim.")).toBeVisible(LIVE);
  await a.getByRole("button", { name: "Show their changes" }).click();
  await expect(claimField(a)).toHaveValue("B: the operator reported 12,000 ferry passengers.");

  // Again, and this time B takes theirs.
  await claimField(a).fill("A again: 12,000 passengers in July.");
  await saved(a);
  await claimField(b).fill("B again, to be dropped.");
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Take theirs" }).click();
  await expect(claimField(b)).toHaveValue("A again: 12,000 passengers in July.");
  await b.reload();
  await expect(claimField(b)).toHaveValue("A again: 12,000 passengers in July.");
});

test("a live update never takes a draft away: a comment being written stays, and their changes wait for a click", async ({ browser }) => {
  const a = await editorPage(browser, "editor@example.org");
  const b = await editorPage(browser, "editor2@example.org");
  await articleWithClaim(a);
  await dragOver(a, PHRASE);
  await a.getByRole("button", { name: "Mark as claim" }).click();
  await expect(claimField(a)).toHaveValue(PHRASE);
  await b.goto(a.url());
  await panel(b).getByLabel("Comment", { exact: true }).fill("Half-written thought about the ferry");

  await panel(a).getByLabel("Summary").fill("The operator's own count.");
  await saved(a);
  await expect(b.getByText("Elena Editor changed this claim.")).toBeVisible(LIVE);
  await expect(panel(b).getByLabel("Comment", { exact: true })).toHaveValue("Half-written thought about the ferry");
  // A field B never touched follows at once; the rest of the panel waits until B has posted.
  await expect(panel(b).getByLabel("Summary")).toHaveValue("The operator's own count.");
  await panel(b).getByRole("button", { name: "Post comment" }).click();
  await expect(panel(b).getByLabel("Comment", { exact: true })).toHaveValue("");
  await b.getByRole("button", { name: "Show their changes" }).click();
  await expect(b.getByText("Showing the claim as it is stored now.")).toBeVisible();
  await expect(panel(b).getByRole("heading", { name: "Claim details" })).toBeFocused();
  await expect(panel(b).getByText("Half-written thought about the ferry").first()).toBeVisible();
});
