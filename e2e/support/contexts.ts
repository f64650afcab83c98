import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";

// Browser contexts a journey opens for other people. Closed after each test: an open workbench
// holds a live connection, and pages left open by one journey would hold the browser's few
// connections to the server while the next journey runs.
const open = new Set<BrowserContext>();

export async function newUserContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  open.add(context);
  return context;
}

export async function closeUserContexts(): Promise<void> {
  for (const context of open) await context.close().catch(() => undefined);
  open.clear();
}
