import { expect, test } from "@playwright/test";
import { account, signIn } from "../support/accounts";

const NAV = ["Articles", "Review queue", "Search"] as const;
const EXPECTED_NAV: Record<string, readonly string[]> = {
  "admin@example.org": NAV,
  "editor@example.org": ["Articles", "Search"],
  "reviewer@example.org": NAV,
};

for (const [email, visible] of Object.entries(EXPECTED_NAV)) {
  test(`${email} signs in and sees the navigation of their role`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    // In the header (the name is also in the list's assignee filter).
    await expect(page.getByRole("banner").getByText(account(email).name)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const item of NAV) {
      await expect(nav.getByRole("link", { name: item, exact: true })).toHaveCount(visible.includes(item) ? 1 : 0);
    }
    await expect(page.getByRole("link", { name: /Trump says Mexican president is afraid of cartels/ })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
  });
}

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await signIn(page, "editor@example.org", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, "nobody@example.org", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/signin/);
});

test("an editor is shown that the review queue is not for their role", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
});

test("a reviewer finds the claim waiting for review, and search finds claimants", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }).click();
  await expect(page.getByRole("cell", { name: /^Sheinbaum turned down U.S. troops because she is afraid of the cartels/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/review-queue.png", fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("sheinbaum");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Claimants" })).toBeVisible();
  await expect(page.getByText("Claudia Sheinbaum, President of Mexico")).toBeVisible();
});
