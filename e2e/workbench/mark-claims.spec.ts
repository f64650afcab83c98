import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { dragOver, importText as importUnique, markLastParagraphWithKeyboard as markParagraphWithKeyboard } from "../support/workbench";

const importText = (page: Page, title: string, text = TEXT) => importUnique(page, title, text);

const TEXT =
  "The mayor said the new bridge cost 40 million dollars to build.\n\nCritics said the real cost was closer to 55 million dollars.";

test("an editor marks a claim with the mouse and another with the keyboard, and finds both after a reload", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await importText(page, "Bridge costs (workbench)");
  const article = page.getByRole("region", { name: "Article text" });
  const markButton = page.getByRole("button", { name: "Mark as claim" });
  await expect(markButton).toBeDisabled();
  await expect(markButton).toHaveAttribute("title", /Ctrl\+Shift\+M/);

  await dragOver(page, "the new bridge cost 40 million dollars");
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
  await page.getByRole("link", { name: "← All claims" }).click();

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
