import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActionForm, FormField } from "@/components/admin/ActionForm";
import { updatePublisherProfileAction } from "@/lib/actions/admin";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { getPublisherProfile } from "@/lib/server/publisher/get-publisher-profile";

export const metadata: Metadata = { title: "Publisher profile" };

export default async function PublisherPage() {
  const actor = await requirePageActor("/admin/publisher");
  if (!can(actor, "publisher.manage")) forbidden();
  const profile = await getPublisherProfile();
  return (
    <div className="page">
      <h1>Publisher profile</h1>
      <p className="page-lede">
        Shown on every page and written into each ClaimReview as its author. Fact-checks already published keep the profile they were
        published with.
      </p>
      <ActionForm action={updatePublisherProfileAction} submitLabel="Save profile" className="card narrow-form" label="Publisher profile">
        <FormField name="name" label="Publisher name" defaultValue={profile.name} />
        <FormField
          name="url"
          label="Publisher URL"
          type="url"
          defaultValue={profile.url ?? ""}
          hint="The publisher's home page, written into ClaimReview as its author's address. Leave it empty to use this site's public address."
        />
        <FormField name="logoUrl" label="Logo URL" type="url" defaultValue={profile.logoUrl ?? ""} />
        <FormField name="description" label="Description" multiline defaultValue={profile.description} />
        <FormField
          name="requiredApprovals"
          label="Required approvals"
          type="number"
          defaultValue={String(profile.requiredApprovals)}
          hint="How many reviewers, none of them the verdict's author or editors, must approve a verdict before it can be published."
        />
      </ActionForm>
    </div>
  );
}
