// A partner's page on another site (a local server on another port) embeds the sample fact-check
// with the HTML oEmbed gives it, and the card renders; the reader page itself refuses to be framed.
import { expect, type Page, test } from "@playwright/test";
import { SAMPLE_ARTICLE } from "../../seeds/sample-fact-check-data";
import { expectNoSidewaysScroll } from "../support/axe";
import { serveLocalPages } from "../support/local-pages";

const CLAIM = "In January 2025 Trump issued an order to increase the military's role at the U.S.-Mexico border.";

const partnerPage = (body: string) => ({
  type: "text/html; charset=utf-8",
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Daily (partner)</title></head>
<body><h1>Example Daily</h1><p>Our partners checked the claims in this story:</p>${body}</body></html>`,
});

let partner: Awaited<ReturnType<typeof serveLocalPages>>;
let oembedHtml: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  // What a partner's CMS does: ask the desk's oEmbed endpoint for the reader page's embed code.
  const api = await playwright.request.newContext({ baseURL });
  const answer = await api.get(`/oembed?url=${encodeURIComponent(`${baseURL}/f/${SAMPLE_ARTICLE.slug}`)}&maxwidth=300`);
  expect(answer.status()).toBe(200);
  oembedHtml = ((await answer.json()) as { html: string }).html;
  await api.dispose();
  partner = await serveLocalPages({
    "/story": partnerPage(oembedHtml),
    "/missing": partnerPage(
      `<iframe src="${baseURL}/embed/f/no-such-fact-check" title="Missing fact-check" width="300" height="240"></iframe>`,
    ),
    "/reader": partnerPage(`<iframe src="${baseURL}/f/${SAMPLE_ARTICLE.slug}" title="Reader page" width="800" height="600"></iframe>`),
  });
});
test.afterAll(() => partner.close());

const embedFrame = (page: Page) => page.frames().find((frame) => frame.url().includes("/embed/f/"))!;

test("a partner's page embeds the card with oEmbed's code, and it shows the claims with their ratings at 300 px", async ({ page }) => {
  const [card] = await Promise.all([page.waitForResponse((r) => r.url().includes("/embed/f/")), page.goto(`${partner.base}/story`)]);
  // Framable by any site, without the X-Frame-Options every other page sends.
  expect(card.status()).toBe(200);
  const headers = card.headers();
  expect(headers["x-frame-options"]).toBeUndefined();
  expect(headers["content-security-policy"]).toContain("frame-ancestors *");
  expect(headers["cache-control"]).toContain("public");

  const frame = page.frameLocator('iframe[title^="Fact-check:"]');
  await expect(frame.getByRole("heading", { level: 1, name: SAMPLE_ARTICLE.title })).toBeVisible();
  const claim = frame.getByRole("listitem").filter({ hasText: CLAIM });
  await expect(claim).toBeVisible();
  // The rating is text (with an icon), not only a colour.
  await expect(claim).toContainText("Rating: True");
  await expect(frame.getByRole("listitem")).toHaveCount(4);
  await expectNoSidewaysScroll(embedFrame(page));
  expect(await page.locator("iframe").evaluate((iframe) => iframe.getBoundingClientRect().width)).toBe(300);
  // Tall enough to paint the whole frame (full-page screenshots leave cross-site frames unpainted below the fold).
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.screenshot({ path: "test-results/screens/embed-partner.png" });

  // The card's one link opens the full fact-check in a new tab.
  const [reader] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("link", { name: "Read the full fact-check (opens in a new tab)" }).click(),
  ]);
  await expect(reader).toHaveURL(new RegExp(`/f/${SAMPLE_ARTICLE.slug}$`));
  await expect(reader.getByRole("heading", { level: 1, name: SAMPLE_ARTICLE.title })).toBeVisible();
});

test("an unknown fact-check's card says so inside the frame", async ({ page }) => {
  await page.goto(`${partner.base}/missing`);
  await expect(
    page.frameLocator('iframe[title="Missing fact-check"]').getByRole("heading", { name: "Fact-check not available" }),
  ).toBeVisible();
});

test("the reader page refuses to be framed by another site", async ({ page }) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/f/${SAMPLE_ARTICLE.slug}`)),
    page.goto(`${partner.base}/reader`),
  ]);
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Chromium replaces a refused frame with its own error page: the fact-check never renders there.
  await expect
    .poll(() =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[title="Reader page"]').getByRole("heading", { name: SAMPLE_ARTICLE.title })).toHaveCount(0);
});

test("the card reads on a phone and on a desktop", async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/embed/f/${SAMPLE_ARTICLE.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE_ARTICLE.title })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `test-results/screens/embed-${width}.png`, fullPage: true });
  }
});

test("feeds and oEmbed answer with their formats, types and errors", async ({ request, baseURL }) => {
  const home = await request.get("/");
  expect(await home.text()).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/fact-checks.xml"');

  const atom = await request.get("/feeds/fact-checks.xml");
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(atom.headers()["cache-control"]).toContain("public, max-age=60");
  expect(await atom.text()).toContain(`<id>${baseURL}/f/${SAMPLE_ARTICLE.slug}</id>`);

  const feed = await request.get("/feeds/claim-review.json");
  expect(feed.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  const json = (await feed.json()) as { "@type": string; dataFeedElement: { "@type": string }[] };
  expect(json["@type"]).toBe("DataFeed");
  expect(json.dataFeedElement.map((item) => item["@type"])).toEqual(["ClaimReview", "ClaimReview", "ClaimReview", "ClaimReview"]);

  const reader = `${baseURL}/f/${SAMPLE_ARTICLE.slug}`;
  const readerHtml = await (await request.get(reader)).text();
  expect(readerHtml).toContain(`type="application/json+oembed" href="${baseURL}/oembed?url=${encodeURIComponent(reader)}&amp;format=json"`);
  const oembed = await request.get(`/oembed?url=${encodeURIComponent(reader)}&maxwidth=320&maxheight=200`);
  expect(oembed.headers()["content-type"]).toContain("application/json");
  expect(await oembed.json()).toMatchObject({ version: "1.0", type: "rich", width: 320, height: 200 });
  expect((await request.get(`/oembed?url=${encodeURIComponent(reader)}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/f/no-such-fact-check`)}`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`https://elsewhere.example/f/${SAMPLE_ARTICLE.slug}`)}`)).status()).toBe(404);
  expect((await request.get("/oembed")).status()).toBe(400);
  // Malformed addresses are refused or not found, never a server error.
  for (const path of [
    "/embed/f/%ff",
    `/embed/f/${SAMPLE_ARTICLE.slug}?version=%ff`,
    `/embed/f/${"a".repeat(5_000)}`,
    "/oembed?url=%ff",
    `/oembed?url=${"x".repeat(10_000)}&maxwidth=%ff&maxheight=-1`,
    "/oembed?url=javascript:alert(1)",
    "/feeds/claim-review.json?%ff",
  ])
    expect((await request.get(path)).status(), path).toBeLessThan(500);
});
