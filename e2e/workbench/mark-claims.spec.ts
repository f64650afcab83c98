import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";

const TEXT = "The mayor said the new bridge cost 40 million dollars to build.\n\nCritics said the real cost was closer to 55 million dollars.";

async function importText(page: Page, title: string, text = TEXT) {
  // A unique last paragraph keeps reruns against the same database from being duplicates.
  text = `${text}\n\nRun ${Date.now()}-${Math.random().toString(36).slice(2, 8)}.`;
  await page.goto("/articles/import");
  await page.getByLabel("Pasted text").check();
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Screen coordinates of a phrase in the article, for a real mouse drag. */
async function phraseBox(page: Page, phrase: string) {
  return page.getByRole("region", { name: "Article text" }).evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`phrase not found: ${wanted}`);
  }, phrase);
}

/** Keyboard only: into the text, to the last article paragraph, select it, press the shortcut. */
async function markParagraphWithKeyboard(page: Page) {
  await page.getByRole("region", { name: "Article text" }).getByRole("textbox").focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Control+Shift+M");
}

test("an editor marks a claim with the mouse and another with the keyboard, and finds both after a reload", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await importText(page, "Bridge costs (workbench)");
  const article = page.getByRole("region", { name: "Article text" });
  const markButton = page.getByRole("button", { name: "Mark as claim" });
  await expect(markButton).toBeDisabled();
  await expect(markButton).toHaveAttribute("title", /Ctrl\+Shift\+M/);

  const box = await phraseBox(page, "the new bridge cost 40 million dollars");
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect(markButton).toBeEnabled();
  await markButton.click();
  await expect(article.locator("mark")).toHaveText(["the new bridge cost 40 million dollars"]);
  await expect(page.getByRole("complementary")).toContainText("the new bridge cost 40 million dollars");

  await markParagraphWithKeyboard(page);
  await expect(article.locator("mark")).toHaveCount(2);
  await expect(page.getByRole("complementary")).toContainText("Critics said the real cost was closer to 55 million dollars.");

  // The text itself cannot be changed.
  await page.keyboard.type("XYZ");
  await expect(article).not.toContainText("XYZ");

  await page.reload();
  await expect(article.locator("mark")).toHaveCount(2);
  await expect(article.locator("mark").first()).toHaveAccessibleDescription(/not yet rated: the new bridge cost 40 million dollars/);
  await page.screenshot({ path: "test-results/screens/workbench.png", fullPage: true });
});

test("a reviewer reads the workbench but cannot mark claims", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.getByRole("link", { name: /Trump says Mexican president/ }).click();
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as claim" })).toHaveCount(0);
});

test("the claim list filters by state, and deleting a claim asks first", async ({ page }) => {
  await signIn(page, "editor@example.org");
  // Different text: importing the same text twice would (rightly) be refused as a duplicate.
  await importText(page, "Bridge costs (deletion)", TEXT.replace("mayor", "governor"));
  const article = page.getByRole("region", { name: "Article text" });
  await markParagraphWithKeyboard(page);
  await expect(article.locator("mark")).toHaveCount(1);

  const list = page.getByRole("complementary");
  await list.getByLabel("Show").selectOption("APPROVED");
  await expect(list).toContainText("No claim is approved.");
  await list.getByLabel("Show").selectOption("DRAFT");
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await list.getByRole("button", { name: /^Delete claim: Critics said/ }).click();
  await list.getByRole("button", { name: "Cancel" }).click();
  await expect(article.locator("mark")).toHaveCount(1);

  await list.getByRole("button", { name: /^Delete claim: Critics said/ }).click();
  await expect(list.getByRole("group", { name: "Confirm deletion" })).toContainText("Delete this claim and its verdict?");
  await list.getByRole("button", { name: "Delete claim", exact: true }).click();
  await expect(article.locator("mark")).toHaveCount(0);
  await expect(list).toContainText("No claims marked yet.");
});
