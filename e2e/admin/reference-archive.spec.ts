// The reference archive as an admin uses it: paste a DataFeed with a broken item, read what was
// imported and why the rest was not, find a fact-check by search, import again (nothing new), and
// upload files — a feed large enough to page through, and one the browser refuses as too large.
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../support/axe";

const claimReview = (slug: string, claim: string, rating: string, date: string) => ({
  "@type": "ClaimReview",
  url: `https://factdesk.example.org/checks/${slug}`,
  claimReviewed: claim,
  datePublished: date,
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Councillor Jo Example" } },
  author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org/" },
  reviewRating: { "@type": "Rating", alternateName: rating },
});

const FEED = {
  "@context": "https://schema.org",
  "@type": "DataFeed",
  dataFeedElement: [
    {
      "@type": "DataFeedItem",
      item: claimReview("ferry-times", "The new ferry crosses the bay in under ten minutes.", "False", "2024-05-02"),
    },
    {
      "@type": "DataFeedItem",
      item: claimReview("library-hours", "The central library opens only two days a week.", "Misleading", "2024-06-12"),
    },
    { "@type": "DataFeedItem", item: { ...claimReview("broken", "", "False", "2024-06-13"), claimReviewed: undefined } },
  ],
};

test("an admin imports a DataFeed with a broken item, finds a fact-check, and importing again skips it", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@example.org");
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: /Reference archive/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reference archive" })).toBeVisible();
  await expect(page.getByText("never republished as the desk’s own")).toBeVisible();
  await expect(page.getByText("The archive is empty.")).toBeVisible();

  const form = page.getByRole("form", { name: "Import ClaimReview" });
  const json = form.getByLabel("ClaimReview JSON");
  // Broken JSON: the reason, where it breaks, and the text is still there to fix.
  const broken = '{\n  "@type": "DataFeed",\n}';
  await json.fill(broken);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText(/The JSON could not be read: .+ \(line 3, column 1\)/).first()).toBeVisible();
  await expect(json).toHaveValue(broken);
  await expect(json).toHaveAttribute("aria-invalid", "true");

  await json.fill(JSON.stringify(FEED, null, 2));
  await form.getByRole("button", { name: "Import" }).click();
  const summary = form.getByRole("status");
  await expect(summary).toContainText("2 imported, 0 updated, 0 skipped");
  await expect(summary.getByRole("listitem")).toHaveText(["item 2: claimReviewed is missing"]);
  await summary.screenshot({ path: "test-results/screens/reference-archive-summary.png" });
  await expect(page.getByRole("listitem").filter({ hasText: "The central library opens only two days a week." })).toContainText(
    "Rated “Misleading” by Example Fact Desk · 12 Jun 2024",
  );
  await expectNoAxeViolations(page);

  // Found by search; the original opens in a new tab.
  const search = page.getByRole("search", { name: "Search the archive" });
  await search.getByRole("searchbox", { name: "Search the archive" }).fill("FERRY");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=FERRY/);
  const entries = page.getByRole("list").filter({ hasText: "ferry" }).getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("The new ferry crosses the bay in under ten minutes.");
  await expect(entries.first()).toContainText("Rated “False”");
  const original = entries.first().getByRole("link", { name: "Read it on factdesk.example.org (opens in a new tab)" });
  await expect(original).toHaveAttribute("href", "https://factdesk.example.org/checks/ferry-times");
  await expect(original).toHaveAttribute("target", "_blank");
  await expect(original).toHaveAttribute("rel", /noopener/);

  // The same feed again: nothing new, nothing changed.
  await json.fill(JSON.stringify(FEED));
  await form.getByRole("button", { name: "Import" }).click();
  await expect(summary).toContainText("0 imported, 0 updated, 2 skipped");
});

test("an admin uploads a feed file, pages through the archive, and a file over 5 MB is refused before it is sent", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@example.org");
  await page.goto("/admin/reference");
  const form = page.getByRole("form", { name: "Import ClaimReview" });
  const many = Array.from({ length: 25 }, (_, n) =>
    claimReview(
      `bus-fares-${n}`,
      `Bus fares in Example City rose by ${n + 1} percent.`,
      "Half true",
      `2023-01-${String(n + 1).padStart(2, "0")}`,
    ),
  );
  await form.getByLabel("ClaimReview file").setInputFiles({
    name: "bus-fares.jsonld",
    mimeType: "application/ld+json",
    buffer: Buffer.from(JSON.stringify({ "@context": "https://schema.org", "@graph": many })),
  });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("25 imported");
  // The imported file is done with: choosing the next one or pasting starts afresh.
  await expect(form.getByLabel("ClaimReview file")).toHaveValue("");

  await page.goto("/admin/reference?q=bus%20fares");
  await expect(page.getByText("25 fact-checks mention “bus fares” · page 1 of 2")).toBeVisible();
  await page.getByRole("navigation", { name: "Archive pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText("page 2 of 2")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Bus fares in Example City rose by 1 percent." })).toBeVisible();

  // An address nobody could mean is answered with the archive and the reason, not an error page.
  await page.goto("/admin/reference?page=x");
  await expect(page.getByText("Use a whole number.")).toBeVisible();
  await expect(page.getByText(/^\d+ fact-checks in the archive · page 1 of \d+$/)).toBeVisible();

  // Too large: the browser says so and sends nothing.
  let posted = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posted++;
  });
  await form.getByLabel("ClaimReview file").setInputFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32),
  });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("The file is larger than 5 MB: split it into smaller files.").first()).toBeVisible();
  await expect(form.getByLabel("ClaimReview file")).toHaveAttribute("aria-invalid", "true");
  expect(posted).toBe(0);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `test-results/screens/reference-archive-${width}.png`, fullPage: true });
  }
});
