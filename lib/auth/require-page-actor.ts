// For desk pages: the actor, or a redirect to sign-in. Pages answer forbidden() (403) when the
// role lacks the permission; use-cases check again.
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/permissions";
import { getActor } from "./get-actor";

export async function requirePageActor(path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
