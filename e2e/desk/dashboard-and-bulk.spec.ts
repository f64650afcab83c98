// Running a desk: a number on the dashboard opens the claims behind it; a bulk assignment does
// what it can and lists, claim by claim, what it refused; both pages fit a phone.
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../support/axe";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(120_000);

test("a dashboard number opens the filtered list behind it", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const approved = page.getByRole("link", { name: /^\d+ approved claims?, everyone$/ });
  const count = Number((await approved.textContent())!.trim());
  expect(count).toBeGreaterThan(0);
  await approved.click();
  await expect(page).toHaveURL(/\/claims\?state=APPROVED$/);
  await expect(page.getByRole("status").filter({ hasText: "match these filters" })).toHaveText(`${count} claims match these filters.`);
  await expect(page.getByRole("row")).toHaveCount(count + 1);
  await expect(page.getByLabel("State")).toHaveValue("APPROVED");
});

test("bulk assignment assigns the claims it can and lists each refusal with its reason", async ({ page, browser }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/claims?sort=updated");
  const boxes = page.getByRole("checkbox", { name: /^Select “/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText("2 claims selected")).toBeVisible();
  const stale = (await boxes.nth(1).getAttribute("aria-label"))!.replace(/^Select “|”$/g, "");

  // Meanwhile a colleague changes the second claim.
  const other = await newUserContext(browser);
  const colleague = await other.newPage();
  await signIn(colleague, "editor2@example.org");
  await colleague.goto("/claims?sort=updated");
  await colleague.getByRole("checkbox", { name: `Select “${stale}”` }).check();
  await colleague.getByLabel("Bulk action").selectOption({ label: "Set priority" });
  await colleague.getByLabel("New priority").selectOption({ label: "Urgent" });
  await colleague.getByRole("button", { name: "Apply to selected" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "set to urgent priority" })).toHaveText("1 claim set to urgent priority.");
  await other.close();

  await page.getByLabel("Bulk action").selectOption({ label: "Assign to" });
  await page.getByLabel("Assign to").selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "assigned" })).toHaveText(
    "1 claim assigned to Rita Reviewer; 1 refused: see the reason below.",
  );
  const refused = page.getByRole("list", { name: "Refused claims" });
  await expect(refused.getByRole("listitem")).toHaveCount(1);
  await expect(refused).toContainText(stale);
  await expect(refused).toContainText("changed since you selected it");

  // The list behind "assigned to Rita" now holds the claim that was assigned.
  await page.goto("/claims?assignee=nobody");
  const unassigned = Number((await page.getByRole("status").filter({ hasText: "match" }).textContent())!.match(/\d+/)![0]);
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: /^\d+ claims?, Rita Reviewer$/ })).toHaveText("1");
  await expect(page.getByRole("link", { name: /^\d+ claims?, Nobody$/ })).toHaveText(String(unassigned));
});

test("the dashboard and the lists with bulk actions fit a phone and a desktop", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/dashboard", "/claims", "/review", "/articles"]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/screens/${path.slice(1)}-${width}.png`, fullPage: true });
    }
  }
});
