// A desk member's browser, without a browser: signs in through next-auth's real endpoints with a
// cookie jar, and calls server actions the way React does (a POST naming the action, JSON args).
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/runtime/state";

export type ActionInfo = { id: string; name: string; page: string };

/** Every server action of the production build, with a page it can be posted to. */
export function serverActions(articleId: string, claimId: string): ActionInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace("[id]", articleId)
        .replace("[claimId]", claimId)
        .replace(/\/\([^)]+\)/g, "") || "/";
    return { id, name: entry.exportedName ?? id, page };
  });
}

/** The server action `name` as the workbench of `articleId` posts it. */
export function workbenchAction(name: string, articleId: string, claimId: string): ActionInfo {
  const action = serverActions(articleId, claimId).find((candidate) => candidate.name === name && candidate.page.startsWith("/articles/"));
  if (!action) throw new Error(`no server action ${name} on the workbench`);
  return action;
}

export class DeskClient {
  constructor(
    readonly base: string,
    private cookies = new Map<string, string>(),
  ) {}

  /** The same browser (its cookies) talking to another app process. */
  at(base: string): DeskClient {
    return new DeskClient(base, this.cookies);
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async fetch(pathname: string, init: RequestInit = {}) {
    const response = await fetch(`${this.base}${pathname}`, {
      redirect: "manual",
      ...init,
      headers: { cookie: this.cookieHeader, ...init.headers },
    });
    this.remember(response);
    return response;
  }

  async signIn(email: string, password: string) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ email, password, csrfToken, json: "true" });
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (![...this.cookies.keys()].some((name) => name.includes("session-token")))
      throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  }

  /** Calls a server action; returns the HTTP status and the response text (an RSC payload). */
  async action(action: ActionInfo, body: string) {
    const response = await this.fetch(action.page, {
      method: "POST",
      body,
      headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    });
    return { status: response.status, text: await response.text() };
  }
}

/** Whether an action's RSC answer carries `{"ok":true…}`. */
export const actionSucceeded = (text: string) => /"ok":true/.test(text);
