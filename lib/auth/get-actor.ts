// The signed-in actor for server components, actions and route handlers: the cookie says which
// session, the database says whether that session is still open and the account may still act.
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "@/lib/permissions";
import { sessionActor } from "@/lib/server/sessions/sessions";
import { authOptions } from "./auth-options";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return sessionActor(session?.sid, session?.user?.id);
});
