import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { serveLocalPages } from "../support/local-pages";
import { dragOver, markLastParagraphWithKeyboard } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

const HARBOR_PAGE = `<!doctype html><html lang="en"><head><title>Harbor tunnel traffic doubles | Coast Herald</title>
<meta property="og:site_name" content="Coast Herald"></head><body><article>
<h1>Harbor tunnel traffic doubles</h1>
<p>The port director told the council on Monday that the harbor tunnel carried 80,000 vehicles a day last year, twice the number it was built for.</p>
<p>She added that tolls had not risen since the tunnel opened in 1998, and that maintenance was paid entirely from federal grants.</p>
<p>Council members asked for the traffic counts behind the figure before voting on the new toll plan next month.</p>
</article></body></html>`;

let pages: Awaited<ReturnType<typeof serveLocalPages>>;
test.beforeAll(async () => {
  pages = await serveLocalPages({ "/harbor": { type: "text/html", body: HARBOR_PAGE } });
});
test.afterAll(() => pages.close());

const panel = (page: Page) => page.getByRole("complementary");
const saved = (page: Page) =>
  expect(
    panel(page)
      .getByRole("status")
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();

async function openAs(browser: Browser, email: string, url: string) {
  const page = await (await newUserContext(browser)).newPage();
  await signIn(page, email);
  await page.goto(url);
  return page;
}

test("an editor imports a page, marks two claims, fills the claim panel and a source, and finds it all after a reload", async ({
  page,
  browser,
}) => {
  await signIn(page, "editor@example.org");
  await page.goto("/articles/import");
  await page.getByLabel("Article URL").fill(`${pages.base}/harbor`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbor tunnel traffic doubles" })).toBeVisible();

  await dragOver(page, "the harbor tunnel carried 80,000 vehicles a day last year");
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(panel(page).getByLabel("Marked text")).toHaveText("the harbor tunnel carried 80,000 vehicles a day last year");
  const claimUrl = page.url();

  await panel(page).getByLabel("Claim", { exact: true }).fill("The harbor tunnel carried 80,000 vehicles a day in 2024.");
  await panel(page).getByRole("combobox", { name: "Claimant" }).fill("Dana Whitfield");
  await panel(page)
    .getByRole("option", { name: /Add “Dana Whitfield” as a new claimant/ })
    .click();
  await panel(page).getByLabel("Title or role").fill("Port director");
  await panel(page).getByLabel("Same-as URL").fill("not a link");
  await panel(page).getByRole("button", { name: "Create claimant" }).click();
  await expect(panel(page).getByText("Each sameAs entry must be a full web address")).toBeVisible();
  await panel(page).getByLabel("Same-as URL").fill("https://www.wikidata.org/wiki/Q4115189");
  await panel(page).getByRole("button", { name: "Create claimant" }).click();
  await expect(panel(page).getByText("Chosen: Dana Whitfield, Port director")).toBeVisible();

  await panel(page).getByLabel("Date said").fill("2025-03-03");
  await panel(page).getByLabel("Appearance URL").fill("council minutes");
  await expect(panel(page).getByText("Enter a full web address.")).toBeVisible();
  await panel(page).getByLabel("Appearance URL").fill("https://example.org/council/2025-03-03");
  await panel(page).getByLabel("Rating").selectOption({ label: "Mostly false (3)" });
  await panel(page).getByLabel("Summary").fill("Counts show about 52,000 vehicles a day.");
  await panel(page)
    .getByRole("textbox", { name: "Explanation" })
    .fill("The authority's own counts for 2024 average 52,000 vehicles a day.");
  await saved(page);

  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").fill("https://example.org/port/traffic-2024.pdf");
  await panel(page).getByLabel("Source title").fill("Port Authority traffic counts 2024");
  await panel(page).getByLabel("Quoted passage").fill("Average daily traffic: 52,140 vehicles.");
  await panel(page)
    .getByRole("radio", { name: /Primary/ })
    .check();
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(panel(page).getByRole("link", { name: "Port Authority traffic counts 2024" })).toBeVisible();
  await saved(page);
  await page.screenshot({ path: "test-results/screens/claim-panel.png", fullPage: true });

  await markLastParagraphWithKeyboard(page);
  await expect(panel(page).getByLabel("Marked text")).toContainText("Council members asked for the traffic counts");
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark")).toHaveCount(2);

  await page.goto(claimUrl);
  await expect(panel(page).getByLabel("Claim", { exact: true })).toHaveValue("The harbor tunnel carried 80,000 vehicles a day in 2024.");
  await expect(panel(page).getByRole("combobox", { name: "Claimant" })).toHaveValue("Dana Whitfield");
  await expect(panel(page).getByLabel("Date said")).toHaveValue("2025-03-03");
  await expect(panel(page).getByLabel("Rating").locator("option:checked")).toHaveText("Mostly false (3)");
  await expect(panel(page).getByLabel("Summary")).toHaveValue("Counts show about 52,000 vehicles a day.");
  await expect(panel(page).getByRole("textbox", { name: "Explanation" })).toHaveText(
    "The authority's own counts for 2024 average 52,000 vehicles a day.",
  );
  await expect(panel(page)).toContainText("Average daily traffic: 52,140 vehicles.");
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark").first()).toHaveAccessibleDescription(
    /Rated Mostly false/,
  );

  // Someone else saves: this editor's open panel, with nothing unsaved, shows it without a reload
  // (conflicts between unsaved changes: live-co-annotation.spec.ts).
  const colleague = await openAs(browser, "editor2@example.org", claimUrl);
  await colleague.getByRole("complementary").getByLabel("Summary").fill("About 52,000 vehicles a day, not 80,000.");
  await saved(colleague);
  await expect(panel(page).getByLabel("Summary")).toHaveValue("About 52,000 vehicles a day, not 80,000.");
  await expect(page.getByText("Updated with Eduardo Editor’s changes.")).toBeVisible();

  // A reviewer reads the claim but cannot change it.
  const reviewer = await openAs(browser, "reviewer@example.org", claimUrl);
  await expect(reviewer.getByRole("complementary").getByLabel("Summary")).toBeDisabled();
  await expect(reviewer.getByRole("complementary").getByRole("button", { name: "Add source" })).toHaveCount(0);
});
