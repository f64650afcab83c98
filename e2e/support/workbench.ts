import { expect, type Page } from "@playwright/test";

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

/** Selects a phrase with a mouse drag, as a person would. */
export async function dragOver(page: Page, phrase: string) {
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** Keyboard only: into the text, to the last article paragraph, select it, press the shortcut. */
export async function markLastParagraphWithKeyboard(page: Page) {
  await page.getByRole("region", { name: "Article text" }).getByRole("document").focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Control+Shift+M");
}

/** Imports pasted text (made unique, so reruns are not duplicates) and waits for the workbench. */
export async function importText(page: Page, title: string, text: string) {
  await page.goto("/articles/import");
  await page.getByLabel("Pasted text").check();
  await page.getByLabel("Article text").fill(`${text}\n\nRun ${Date.now()}-${Math.random().toString(36).slice(2, 8)}.`);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}
