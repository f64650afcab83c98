import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe-core finds nothing on the page, once it has settled (Next streams the <title> in late). */
export async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}
