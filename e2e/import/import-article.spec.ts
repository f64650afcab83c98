import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { serveLocalPages } from "../support/local-pages";

const newsPage = fs.readFileSync(path.join(__dirname, "..", "..", "lib", "server", "import", "fixtures", "news-page.html"), "utf8");
let pages: Awaited<ReturnType<typeof serveLocalPages>>;
let base: string;

test.beforeAll(async () => {
  pages = await serveLocalPages({
    "/news": { type: "text/html", body: newsPage },
    "/report.pdf": { type: "application/pdf", body: "%PDF" },
  });
  base = pages.base;
});
test.afterAll(() => pages.close());

test("an editor imports an article from a web address, and importing it again offers the existing one", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: "Import article" })).toBeVisible();

  await page.getByLabel("Article URL").fill(`${base}/report.pdf`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("not a web page (it is application/pdf)");

  await page.getByLabel("Article URL").fill(`${base}/news`);
  await page.getByRole("button", { name: "Fetch details" }).click();
  await expect(page.getByRole("region", { name: "Page preview" })).toContainText(/Article found: \d+ words/);
  await expect(page.getByLabel("Title")).toHaveValue("Border deployment grows as cartel designations take effect");
  await expect(page.getByLabel("Site name")).toHaveValue("Example Daily");
  await expect(page.getByLabel("Published on")).toHaveValue("2025-03-02");
  await page.getByLabel("Byline").fill("Maria López, border correspondent");
  await page.screenshot({ path: "test-results/screens/import.png", fullPage: true });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Border deployment grows as cartel designations take effect" })).toBeVisible();
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText("The State Department designated eight cartels");
  await expect(text).not.toContainText("Advertisement");
  await expect(page.getByText("Imported by")).toBeVisible();

  await page.goto("/articles/import");
  await page.getByLabel("Article URL").fill(`${base}/news`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator("form").getByRole("status").filter({ hasText: "Already on the desk." })).toContainText("already on the desk");
  await page.getByRole("link", { name: "Open the existing article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Border deployment grows/ })).toBeVisible();
});

test("an editor pastes an article's text; a missing title is pointed out first", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/articles/import");
  await page.getByLabel("Pasted text").check();
  await page.getByLabel("Article text").fill("The mayor said the new bridge cost 40 million dollars.\n\nCritics put the figure higher.");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await page.getByLabel("Title").fill("Bridge costs");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bridge costs" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Article text" })).toContainText("Critics put the figure higher.");
});

test("a reviewer cannot import", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import article" })).toHaveCount(0);
  await page.goto("/articles/import");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
});
