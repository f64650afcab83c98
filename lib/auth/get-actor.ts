// The signed-in actor for server components, actions and route handlers: the cookie says which
// session, the database says whether that session is still open and the account may still act.
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "@/lib/permissions";
import { authOptions } from "./auth-options";

export const getActor = cache(async (): Promise<Actor | null> => {
  // The session callback (auth-options.ts) has asked the database already.
  const user = (await getServerSession(authOptions))?.user;
  return user ? { id: user.id, role: user.role, name: user.name ?? "", email: user.email ?? "" } : null;
});

/** The server-side session the cookie names, for connections that outlive a request (live updates). */
export const getSessionId = cache(async (): Promise<string | null> => (await getServerSession(authOptions))?.sid ?? null);
