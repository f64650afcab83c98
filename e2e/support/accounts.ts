import type { Page } from "@playwright/test";
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
