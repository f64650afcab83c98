// An admin creates an API token in the UI; a script outside the browser uses it; revoking it in the
// UI stops the script at once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";

const run = promisify(execFile);

/** A tiny API client in its own Node process: the article's claims, as a newsroom script would ask. */
async function script(base: string, token: string, articleId: string) {
  const code = `const r = await fetch(process.env.BASE + "/api/v1/articles/" + process.env.ARTICLE + "/claims", { headers: { authorization: "Bearer " + process.env.TOKEN } });
const body = await r.json();
console.log(JSON.stringify({ status: r.status, claims: body.claims?.length ?? null, error: body.error?.message ?? null }));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code], {
    env: { ...process.env, BASE: base, TOKEN: token, ARTICLE: articleId },
  });
  return JSON.parse(stdout) as { status: number; claims: number | null; error: string | null };
}

test("an admin creates a token that a script uses, and revoking it locks the script out", async ({ page, baseURL }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/articles");
  const articleId = (await page.getByRole("link", { name: /Trump/ }).first().getAttribute("href"))!.split("/")[2]!;
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: /API tokens/ }).click();
  await page.getByLabel("Token name").fill("   ");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token after who or what uses it.")).toBeVisible();
  await page.getByLabel("Token name").fill("Newsroom dashboard");
  await page.getByRole("radio", { name: /^read/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel("New token");
  await expect(field).toHaveValue(/^fcw_/);
  const token = await field.inputValue();
  await expect(page.getByRole("cell", { name: /^Newsroom dashboard/ })).toBeVisible();
  // Ready for the next one, and the token in focus to copy; a second token does not hide the first.
  await expect(field).toBeFocused();
  await expect(page.getByLabel("Token name")).toHaveValue("");
  await page.getByLabel("Token name").fill("Archive robot");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("heading", { name: 'Token "Archive robot" created' })).toBeVisible();
  await page.getByText("Created earlier on this page (1)").click();
  await expect(page.getByText(token)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "test-results/screens/admin-tokens-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const allowed = await script(baseURL!, token, articleId);
  expect(allowed).toMatchObject({ status: 200, error: null });
  expect(allowed.claims).toBeGreaterThan(0);

  // Shown once: after a reload the token is gone from the page; the list shows only its prefix.
  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);

  await page.getByRole("button", { name: "Revoke Newsroom dashboard" }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(/revoked \d{4}-\d\d-\d\d/)).toBeVisible();
  const refused = await script(baseURL!, token, articleId);
  expect(refused).toMatchObject({ status: 401, claims: null });
  expect(refused.error).toMatch(/"Newsroom dashboard"\) was revoked/);
});
