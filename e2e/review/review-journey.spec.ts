import { type Browser, expect, type Page, test } from "@playwright/test";
import { readEverything, signIn } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { importText } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

// Four people in four browsers: generous, so a loaded CI machine does not cut the journey short.
test.setTimeout(180_000);

const TEXT = "The governor said unemployment fell to 3 percent last year.\n\nShe also said the state had created 80,000 jobs since 2023.";

async function asUser(browser: Browser, email: string) {
  const page = await (await newUserContext(browser)).newPage();
  await signIn(page, email);
  return page;
}
const panel = (page: Page) => page.getByRole("complementary");

test("a claim goes from annotation through review and changes to publication, and a reader opens its verdict", async ({
  page: editor,
  browser,
}) => {
  await signIn(editor, "editor@example.org");
  await readEverything(editor);
  const title = `Jobs claims ${Date.now()}`;
  await importText(editor, title, TEXT);
  await editor.getByRole("region", { name: "Article text" }).getByRole("document").focus();
  await editor.keyboard.press("Control+Home");
  await editor.keyboard.press("Shift+End");
  await editor.keyboard.press("Control+Shift+M");
  await expect(panel(editor).getByLabel("Marked text")).toContainText("unemployment fell to 3 percent");

  // Incomplete: the refusal names what is missing.
  await panel(editor).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(editor).getByRole("alert")).toContainText(
    "Before review, add a claimant, a rating, an explanation and at least one source.",
  );

  await panel(editor).getByRole("combobox", { name: "Claimant" }).fill("Sheinb");
  await panel(editor)
    .getByRole("option", { name: /Claudia Sheinbaum/ })
    .click();
  await panel(editor).getByLabel("Rating").selectOption({ label: "False (2)" });
  await panel(editor).getByLabel("Summary").fill("The rate was 4.1 percent.");
  await panel(editor).getByRole("textbox", { name: "Explanation" }).fill("State labor statistics put the 2024 average at 4.1 percent.");
  await panel(editor).getByRole("button", { name: "Add source" }).click();
  await panel(editor).getByLabel("Source URL").fill("https://example.org/labor/2024");
  await panel(editor).getByLabel("Source title").fill("State labor statistics 2024");
  await panel(editor).getByRole("button", { name: "Save source" }).click();
  await expect(panel(editor).getByRole("link", { name: "State labor statistics 2024" })).toBeVisible();
  await panel(editor).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(editor).getByText("in review", { exact: true })).toBeVisible();
  const claimUrl = editor.url();

  // A reviewer asks for changes, with a reason.
  const reviewer = await asUser(browser, "reviewer@example.org");
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  await reviewer.getByRole("link", { name: /unemployment fell to 3 percent/ }).click();
  await expect(reviewer.getByRole("heading", { name: "In the article" })).toBeVisible();
  await expectNoAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByText("Say what needs to change.").first()).toBeVisible();
  await reviewer.getByLabel("Reason").fill("Name the statistics office and the exact table.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Decision recorded.");
  await reviewer.goBack();
  await reviewer.getByLabel("Comment", { exact: true }).fill("@editor the table number would settle it.");
  await reviewer.getByRole("button", { name: "Post comment" }).click();
  // Emptied once the server has answered: the comment and its notifications are committed.
  await expect(reviewer.getByLabel("Comment", { exact: true })).toHaveValue("");
  await expect(reviewer.getByRole("region", { name: /Discussion/ }).getByText("@editor the table number would settle it.")).toBeVisible();

  // The editor is told about the changes requested and the mention, reads the reason, fixes the
  // verdict and resubmits.
  await editor.goto("/articles");
  await editor.getByRole("link", { name: "Notifications (2 new)" }).click();
  await expect(
    editor.getByRole("link", { name: /requested changes to .*: Name the statistics office and the exact table\./ }),
  ).toBeVisible();
  await editor.getByRole("link", { name: /mentioned you on .*@editor the table number would settle it\./ }).click();
  await expect(panel(editor).getByRole("region", { name: /Discussion \(1\)/ })).toBeVisible();
  await panel(editor)
    .getByText(/^History/)
    .click();
  await expect(panel(editor).getByText("Rita Reviewer requested changes")).toBeVisible();
  await panel(editor).getByRole("button", { name: "Reply" }).click();
  await panel(editor).getByLabel("Reply to Rita Reviewer").fill("Added: table 3.");
  await panel(editor).getByRole("button", { name: "Post reply" }).click();
  await expect(panel(editor).getByText("Added: table 3.", { exact: true })).toBeVisible();
  await editor.screenshot({ path: "test-results/screens/discussion.png", fullPage: true });
  await editor.goto(claimUrl);
  await expect(panel(editor).getByRole("note")).toContainText("Name the statistics office and the exact table.");
  await panel(editor).getByLabel("Summary").fill("The state statistics office (table 3) puts the rate at 4.1 percent.");
  await panel(editor).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(editor).getByText("in review", { exact: true })).toBeVisible();

  // The editor cannot approve their own verdict; a second reviewer does.
  const reviewer2 = await asUser(browser, "reviewer2@example.org");
  await reviewer2.goto("/review");
  await reviewer2.getByRole("link", { name: /unemployment fell to 3 percent/ }).click();
  await reviewer2.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer2.getByRole("status")).toContainText("Decision recorded.");

  await editor.reload();
  await expect(panel(editor).getByText("approved", { exact: true })).toBeVisible();
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
  await editor.screenshot({ path: "test-results/screens/published-workbench.png", fullPage: true });
  const readerUrl = await editor.getByRole("link", { name: "read the public page" }).getAttribute("href");

  // Anyone can read it.
  const reader = await (await newUserContext(browser)).newPage();
  await reader.goto(readerUrl!);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const mark = reader.getByRole("region", { name: "Article text" }).locator("mark");
  await expect(mark).toHaveAccessibleDescription(/Rated False/);
  await mark.click();
  const dialog = reader.getByRole("dialog", { name: "Verdict: False" });
  await expect(dialog).toContainText("The state statistics office (table 3) puts the rate at 4.1 percent.");
  await expect(dialog).toContainText("Claudia Sheinbaum");
  await expect(dialog).toContainText("reviewed by Ravi Reviewer");

  // Editing the approved verdict sends the claim back to draft: the panel asks first, once.
  await expect(panel(editor).getByRole("group", { name: "This claim is locked" })).toContainText(
    "sends it back to draft and voids its approval",
  );
  await expect(panel(editor).getByLabel("Summary")).toBeDisabled();
  await expect(panel(editor).getByLabel("Rating")).toBeDisabled();
  await panel(editor).getByRole("button", { name: "Edit anyway" }).click();
  await panel(editor).getByLabel("Summary").fill("The statistics office puts the 2024 rate at 4.1 percent.");
  await expect(panel(editor).getByText("draft", { exact: true })).toBeVisible();
  await expect(panel(editor).getByRole("button", { name: "Submit for review" })).toBeVisible();
});
