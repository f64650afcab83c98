// Every page, in every role, on a phone (390 px) and a desktop (1280 px): nothing scrolls sideways
// and axe finds nothing (WCAG 2.2 AA) — including a workbench with an imported wide table and images.
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../support/axe";
import { serveLocalPages } from "../support/local-pages";

test.setTimeout(240_000);

const WIDE_PAGE = `<!doctype html><html lang="es"><head><title>Presupuesto de la ciudad | Diario Local</title></head><body><article>
<h1>Presupuesto de la ciudad</h1>
<p>El ayuntamiento aprobó el lunes un presupuesto de 40 millones de euros para el túnel del puerto, según el acta de la sesión.</p>
<figure><img src="https://images.example/tunel.jpg" alt="El túnel del puerto en obras"><figcaption>Obras en 2024.</figcaption></figure>
<p>La oposición dijo que el coste real superará los 55 millones, y pidió una auditoría independiente antes de votar.</p>
<table><tr>${Array.from({ length: 14 }, (_, i) => `<th>Partida presupuestaria ${i + 1} del ejercicio</th>`).join("")}</tr>
<tr>${Array.from({ length: 14 }, (_, i) => `<td>${(i + 1) * 1_234_567} euros</td>`).join("")}</tr></table>
<img src="https://images.example/mapa.png" alt="">
<p>El alcalde respondió que las cifras de la oposición mezclan gastos de mantenimiento con la obra nueva.</p>
</article></body></html>`;

let pages: Awaited<ReturnType<typeof serveLocalPages>>;
test.beforeAll(async () => {
  pages = await serveLocalPages({ "/presupuesto": { type: "text/html", body: WIDE_PAGE } });
});
test.afterAll(() => pages.close());

async function check(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
}

test("every page reads at 390 px and 1280 px without sideways scrolling or axe findings, in every role", async ({ page }) => {
  // An imported page with a wide table and remote images, marked with a claim.
  await signIn(page, "editor@example.org");
  await page.goto("/articles/import");
  await page.getByLabel("Article URL").fill(`${pages.base}/presupuesto`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Presupuesto de la ciudad" })).toBeVisible();
  const workbench = new URL(page.url()).pathname;
  // The article keeps its language, images are placeholders with their alt text, nothing was fetched.
  await expect(page.getByRole("region", { name: "Article text" }).getByRole("document")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("region", { name: "Article text" }).getByRole("document")).not.toHaveAttribute("translate", "no");
  await expect(page.getByRole("group", { name: "Image: El túnel del puerto en obras" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Image without a description" })).toBeVisible();
  await page.getByRole("region", { name: "Article text" }).getByRole("document").focus();
  await page.keyboard.press("s");
  await page.keyboard.press("m");
  await expect(page.getByRole("complementary").getByLabel("Marked text")).toContainText("El ayuntamiento aprobó");
  const claimPage = `${workbench}${new URL(page.url()).search}`;

  const review = "/review";
  const roles: Record<string, string[]> = {
    "editor@example.org": [
      "/articles",
      "/articles/import",
      workbench,
      claimPage,
      `${workbench}/changes`,
      "/search?q=trump",
      "/notifications",
      "/notifications/settings",
      "/dashboard",
      "/claims",
    ],
    "reviewer@example.org": [
      "/articles",
      workbench,
      claimPage,
      `${workbench}/changes`,
      review,
      "/search?q=sheinbaum",
      "/notifications",
      "/dashboard",
      "/claims?overdue=1",
    ],
    "admin@example.org": ["/admin", "/admin/users", "/admin/scale", "/admin/publisher", "/admin/tokens", "/admin/reference", review],
  };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [email, paths] of Object.entries(roles)) {
      await page.context().clearCookies();
      await signIn(page, email);
      for (const path of paths) await check(page, path);
      if (email === "reviewer@example.org") {
        await page.goto(review);
        await page.getByRole("link", { name: /because she is afraid of the cartels/ }).click();
        await expectNoSidewaysScroll(page);
        await expectNoAxeViolations(page);
      }
    }
    await page.context().clearCookies();
    for (const path of [
      "/",
      "/f/trump-sheinbaum-us-troops-mexico",
      "/f/trump-sheinbaum-us-troops-mexico/changes",
      "/embed/f/trump-sheinbaum-us-troops-mexico",
      "/signin",
    ])
      await check(page, path);
    await signIn(page, "editor@example.org");
    await page.goto(claimPage);
    await page.screenshot({ path: `test-results/screens/workbench-${width}.png`, fullPage: false });
  }
});
