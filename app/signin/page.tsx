import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getActor } from "@/lib/auth/get-actor";
import { safeCallbackPath } from "@/lib/domain/navigation/safe-callback";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="page page--narrow">
      <h1>Sign in</h1>
      <p className="page-lede">For editors, reviewers and admins of the desk. Readers need no account.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
