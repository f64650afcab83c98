// The whole job by keyboard alone — no mouse API at all — from import to publication, counting the
// keys pressed (beyond the text typed). The README states the count; an outside tester needed 268.
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { password } from "../support/accounts";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(120_000);

class Keyboard {
  presses = 0;
  typed = 0;
  constructor(readonly page: Page) {}
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.presses++;
    }
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
    this.typed += text.length;
  }
  /** Tab (or Shift+Tab) until `target` has focus, as a person would; fails after 40 presses. */
  async tabTo(target: Locator, backwards = false) {
    for (let i = 0; i < 40; i++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
      await this.press(backwards ? "Shift+Tab" : "Tab");
    }
    throw new Error(`Could not reach ${target} by keyboard`);
  }
}

async function signInByKeyboard(browser: Browser, email: string) {
  const page = await (await newUserContext(browser)).newPage();
  const keys = new Keyboard(page);
  await page.goto("/signin");
  await keys.tabTo(page.getByLabel("Email"));
  await keys.type(email);
  await keys.press("Tab");
  await keys.type(password);
  await keys.press("Enter");
  await page.waitForURL(/\/articles$/);
  return { page, keys };
}

test("an editor and a reviewer do the whole job by keyboard: import, mark, describe, source, submit, approve, publish", async ({
  browser,
}) => {
  const { page, keys } = await signInByKeyboard(browser, "editor2@example.org");
  const title = `Keyboard journey ${Date.now()}`;
  // Focus starts in the page, not on the body.
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeFocused();

  await keys.tabTo(page.getByRole("button", { name: "Import article" }));
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Import/ })).toBeFocused();
  await keys.tabTo(page.getByRole("radio", { name: "Web address" }));
  await keys.press("ArrowRight");
  await keys.tabTo(page.getByLabel("Article text"));
  await keys.type(
    "The mayor said the new bridge cost 40 million euros. The city audit put it at 55 million.\n\nCouncil members asked for the invoices.",
  );
  await keys.tabTo(page.getByLabel("Title"));
  await keys.type(title);
  await keys.tabTo(page.getByRole("button", { name: "Import", exact: true }));
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();

  // Into the article, select the first sentence, mark it.
  await keys.tabTo(page.getByRole("region", { name: "Article text" }).getByRole("document"));
  await keys.press("s");
  await keys.press("m");
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: "Claim details" })).toBeFocused();
  await expect(panel.getByLabel("Marked text")).toHaveText("The mayor said the new bridge cost 40 million euros.");

  await keys.tabTo(panel.getByRole("combobox", { name: "Claimant" }));
  await keys.type("Sheinb");
  await expect(panel.getByRole("option", { name: /Claudia Sheinbaum/ })).toBeVisible();
  await keys.press("ArrowDown");
  await keys.press("Enter");
  // Arrowing through the ratings saves one rating, when the field is left.
  await keys.tabTo(panel.getByLabel("Rating"));
  await keys.press("ArrowDown", 5);
  await expect(panel.getByLabel("Rating").locator("option:checked")).toHaveText("False (2)");
  await keys.press("Tab");
  await keys.tabTo(panel.getByLabel("Summary"));
  await keys.type("The audit puts the cost at 55 million.");
  await keys.press("Tab");
  await keys.type("The city audit of 2024 lists 55 million euros.");
  await keys.tabTo(panel.getByRole("button", { name: "Add source" }));
  await keys.press("Enter");
  await expect(panel.getByLabel("Source URL")).toBeFocused();
  await keys.type("https://example.org/audit-2024");
  await keys.press("Tab");
  await keys.type("City audit 2024");
  await keys.tabTo(panel.getByRole("button", { name: "Save source" }));
  await keys.press("Enter");
  await expect(page.locator(":focus")).toHaveText("City audit 2024");
  await expect(panel.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await keys.tabTo(panel.getByRole("button", { name: "Submit for review" }));
  await keys.press("Enter");
  await expect(panel.getByRole("status").filter({ hasText: "Sent to review" })).toBeFocused();
  const ratingSaves = await page.evaluate(() => document.body.innerText.match(/rating: \(empty\) → “False”/g)?.length ?? 0);
  expect(ratingSaves).toBeLessThanOrEqual(1);

  // A reviewer finds it and approves it in a few keys.
  const reviewer = await signInByKeyboard(browser, "reviewer2@example.org");
  await reviewer.keys.tabTo(reviewer.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }));
  await reviewer.keys.press("Enter");
  await reviewer.keys.tabTo(reviewer.page.getByRole("link", { name: /The mayor said the new bridge/ }));
  await reviewer.keys.press("Enter");
  await expect(reviewer.page.getByRole("heading", { level: 1 })).toBeFocused();
  const before = reviewer.keys.presses;
  await reviewer.keys.tabTo(reviewer.page.getByRole("button", { name: "Approve" }));
  const tabsToApprove = reviewer.keys.presses - before;
  expect(tabsToApprove).toBeLessThanOrEqual(4);
  await reviewer.keys.press("Enter");
  await expect(reviewer.page.getByRole("status").filter({ hasText: "Decision recorded." })).toBeFocused();

  // The editor publishes.
  await keys.tabTo(panel.getByRole("link", { name: "← All claims" }), true);
  await keys.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
  await keys.tabTo(page.getByRole("button", { name: "Publish", exact: true }));
  await keys.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeFocused();

  const total = keys.presses + reviewer.keys.presses;
  console.log(
    `keyboard journey: ${total} key presses (editor ${keys.presses}, reviewer ${reviewer.keys.presses}, ${tabsToApprove} Tabs to Approve), plus ${keys.typed + reviewer.keys.typed} characters typed`,
  );
  // 116–124 run alone (README). The reviewer Tabs through the review queue, which holds whatever the
  // specs before this one left in review, two stops a claim (its selection box and its link): 132
  // in the full suite on 26 November.
  expect(total).toBeLessThan(145);
});
