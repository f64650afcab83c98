// Notifications in the browser: an editor assigns a claim to a colleague, a reviewer asks for
// changes and mentions them, another approves — each person finds it under "Notifications (n new)",
// opens it into the workbench with the claim open, and chooses what they receive.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { readEverything, signIn } from "../support/accounts";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../support/axe";
import { importText } from "../support/workbench";
import { closeUserContexts, newUserContext } from "../support/contexts";

test.afterEach(closeUserContexts);

test.setTimeout(180_000);

const TEXT = "The minister said rail fares fell by 12 percent this year.\n\nShe added that trains ran on time.";
const panel = (page: Page) => page.getByRole("complementary");
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function asUser(browser: Browser, email: string) {
  const page = await (await newUserContext(browser)).newPage();
  await signIn(page, email);
  await readEverything(page);
  return page;
}

test("assignment, mention, changes requested and approval reach the right people, who open them into the claim", async ({
  page: editor,
  browser,
}) => {
  await signIn(editor, "editor@example.org");
  await readEverything(editor);
  await expect(nav(editor).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  const colleague = await asUser(browser, "editor2@example.org");
  await importText(editor, `Rail fares ${Date.now()}`, TEXT);
  await editor.getByRole("region", { name: "Article text" }).getByRole("document").focus();
  await editor.keyboard.press("Control+Home");
  await editor.keyboard.press("Shift+End");
  await editor.keyboard.press("Control+Shift+M");
  await expect(panel(editor).getByLabel("Marked text")).toContainText("rail fares fell by 12 percent");
  await panel(editor).getByRole("combobox", { name: "Claimant" }).fill("Sheinb");
  await panel(editor)
    .getByRole("option", { name: /Claudia Sheinbaum/ })
    .click();
  await panel(editor).getByLabel("Rating").selectOption({ label: "False (2)" });
  await panel(editor).getByRole("textbox", { name: "Explanation" }).fill("Fares rose 3 percent, says the regulator.");
  await panel(editor).getByRole("button", { name: "Add source" }).click();
  await panel(editor).getByLabel("Source URL").fill("https://example.org/rail/fares");
  await panel(editor).getByLabel("Source title").fill("Rail regulator fares index");
  await panel(editor).getByRole("button", { name: "Save source" }).click();
  await expect(panel(editor).getByRole("link", { name: "Rail regulator fares index" })).toBeVisible();
  // Assigned to a colleague through the panel's Assignee field.
  await panel(editor).getByLabel("Assignee").selectOption({ label: "Eduardo Editor" });
  await expect(
    panel(editor)
      .getByRole("status")
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();
  await panel(editor).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(editor).getByText("in review", { exact: true })).toBeVisible();

  // The assignee is told, and opening the notification opens the claim in the workbench.
  await colleague.goto("/articles");
  await nav(colleague).getByRole("link", { name: "Notifications (1 new)" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const assigned = colleague.getByRole("link", { name: /^New: Elena Editor assigned you the claim “The minister said rail fares/ });
  await expect(assigned).toBeVisible();
  await expectNoAxeViolations(colleague);
  await assigned.click();
  await expect(panel(colleague).getByLabel("Marked text")).toContainText("rail fares fell by 12 percent");
  await expect(nav(colleague).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  // The colleague turns mentions off in the app; the confirmation says it is saved.
  await colleague.goto("/notifications/settings");
  await expect(colleague.getByText("Email is not configured on this desk")).toBeVisible();
  const mentionsInApp = colleague.getByRole("checkbox", { name: "Someone mentions me in a comment: in the app" });
  await expect(mentionsInApp).toBeChecked();
  await mentionsInApp.uncheck();
  await colleague.getByRole("button", { name: "Save settings" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "Notification settings saved." })).toBeVisible();
  await colleague.reload();
  await expect(colleague.getByRole("checkbox", { name: "Someone mentions me in a comment: in the app" })).not.toBeChecked();
  await expect(colleague.getByRole("checkbox", { name: "Someone mentions me in a comment: by email" })).toBeChecked();

  // A reviewer asks for changes and mentions both editors in the discussion.
  const reviewer = await asUser(browser, "reviewer@example.org");
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  await reviewer.getByRole("link", { name: /rail fares fell by 12 percent/ }).click();
  await reviewer.getByLabel("Reason").fill("Quote the regulator's table.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Decision recorded.");
  await reviewer.goBack();
  await reviewer.getByLabel("Comment", { exact: true }).fill("@editor @editor2 which table is it?");
  await reviewer.getByRole("button", { name: "Post comment" }).click();
  // Emptied once the server has answered: the comment and its notifications are committed.
  await expect(reviewer.getByLabel("Comment", { exact: true })).toHaveValue("");
  await expect(reviewer.getByRole("region", { name: /Discussion/ }).getByText("@editor @editor2 which table is it?")).toBeVisible();
  await expect(nav(reviewer).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  // The editor: changes requested with the reason, and the mention.
  await editor.goto("/articles");
  await nav(editor).getByRole("link", { name: "Notifications (2 new)" }).click();
  await expect(
    editor.getByRole("link", { name: /^New: Rita Reviewer requested changes to .*: Quote the regulator's table\.$/ }),
  ).toBeVisible();
  await expect(editor.getByRole("link", { name: /^New: Rita Reviewer mentioned you on .*which table is it\?/ })).toBeVisible();
  await expect(editor.getByText("2 unread.")).toBeVisible();
  await editor.getByRole("button", { name: "Mark all as read" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "All marked as read." })).toBeVisible();
  await expect(editor.getByText("All read.")).toBeVisible();
  await expect(nav(editor).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(editor.getByRole("link", { name: /^New: / })).toHaveCount(0);

  // The colleague (assignee) hears of the changes requested, but not of the mention (turned off).
  await colleague.goto("/notifications");
  await expect(colleague.getByRole("link", { name: /^New: Rita Reviewer requested changes/ })).toBeVisible();
  await expect(colleague.getByText(/mentioned you/)).toHaveCount(0);
  await expect(nav(colleague).getByRole("link", { name: "Notifications (1 new)" })).toBeVisible();

  // Fixed and resubmitted; a second reviewer approves, and the editor is told.
  await editor.getByRole("link", { name: /requested changes/ }).click();
  await expect(panel(editor).getByRole("note")).toContainText("Quote the regulator's table.");
  await panel(editor).getByLabel("Summary").fill("The regulator's table 2 shows fares rose 3 percent.");
  await panel(editor).getByRole("button", { name: "Submit for review" }).click();
  await expect(panel(editor).getByText("in review", { exact: true })).toBeVisible();
  const reviewer2 = await asUser(browser, "reviewer2@example.org");
  await reviewer2.goto("/review");
  await reviewer2.getByRole("link", { name: /rail fares fell by 12 percent/ }).click();
  await reviewer2.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer2.getByRole("status")).toContainText("Decision recorded.");
  await editor.goto("/notifications");
  await expect(nav(editor).getByRole("link", { name: "Notifications (1 new)" })).toBeVisible();
  await expect(editor.getByRole("link", { name: /^New: Ravi Reviewer approved “The minister said rail fares/ })).toBeVisible();

  // The page on a phone and a desktop.
  for (const width of [390, 1280]) {
    await editor.setViewportSize({ width, height: 900 });
    for (const path of ["/notifications", "/notifications/settings"]) {
      await editor.goto(path);
      await expectNoSidewaysScroll(editor);
      await editor.screenshot({ path: `test-results/screens/${path.slice(1).replace("/", "-")}-${width}.png`, fullPage: true });
    }
  }
  await expectNoAxeViolations(editor);
});
