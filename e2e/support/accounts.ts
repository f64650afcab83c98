import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD_DEFAULT, DEMO_USERS } from "../../seeds/users";

export const password = process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
export const account = (email: string) => DEMO_USERS.find((user) => user.email === email)!;

/** Signs in through the real form, as a person would; waits until the desk opens unless told not to. */
export async function signIn(page: Page, email: string, secret = password, { expectSuccess = secret === password } = {}) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (expectSuccess) await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** Earlier journeys may have left this person notifications: the counts below start from none. */
export async function readEverything(page: Page) {
  await page.goto("/notifications");
  const markAll = page.getByRole("button", { name: "Mark all as read" });
  // It marks what the page shows (30 at most): again until none is left.
  for (let round = 0; round < 5 && (await markAll.isVisible()); round++) {
    await markAll.click();
    await expect(markAll)
      .toBeHidden({ timeout: 5_000 })
      .catch(() => undefined);
    await page.reload();
  }
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
}
