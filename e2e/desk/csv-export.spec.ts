// A researcher's export from the desk: the ticked search results as CSV, and a clear word when
// nothing was ticked instead of a download of everything.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";

test("downloads exactly the ticked claims as CSV, and says so when none is ticked", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/search?q=troops");
  const results = page.getByRole("region", { name: "Claims" });
  await expect(results.getByRole("checkbox").first()).toBeVisible();

  await page.getByRole("button", { name: "Download selected (CSV)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No claim was ticked" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveValue("troops");

  const first = results.getByRole("checkbox").first();
  const label = (await first.getAttribute("aria-label"))!.replace(/^Select “|”$/g, "");
  await first.check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download selected (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^claims-\d{4}-\d\d-\d\d\.csv$/);
  const lines = fs
    .readFileSync((await download.path())!, "utf8")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(2); // the header and the one ticked claim
  expect(lines[1]).toContain(label.slice(0, 40));
});
