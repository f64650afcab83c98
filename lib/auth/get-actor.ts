// The signed-in actor for server components, actions and route handlers: the session says who,
// the database says whether they may still act and with which role.
import { getServerSession } from "next-auth";
import { cache } from "react";
import { findActor } from "@/lib/server/users/find-actor";
import type { Actor } from "@/lib/permissions";
import { authOptions } from "./auth-options";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  return userId ? findActor(userId) : null;
});
