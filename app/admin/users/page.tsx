import type { Metadata } from "next";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { forbidden } from "next/navigation";
import { ActionForm, FormField } from "@/components/admin/ActionForm";
import { changeRoleAction, createAccountAction, setDisabledAction } from "@/lib/actions/admin";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { ROLES } from "@/lib/schemas/user";
import { listUsers } from "@/lib/server/admin/manage-users";

export const metadata: Metadata = { title: "Users" };
const ROLE_LABELS = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" } as const;

export default async function UsersPage() {
  const actor = await requirePageActor("/admin/users");
  if (!can(actor, "user.manage")) forbidden();
  const users = await listUsers({ actor });
  return (
    <div className="page">
      <h1>Users</h1>
      <p className="page-lede">
        Editors annotate and publish, reviewers approve verdicts, admins manage the desk. Disabled accounts are signed out at once.
      </p>
      <ScrollArea label="Users">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  <div className="muted">{user.email}</div>
                </td>
                <td>
                  <ActionForm
                    action={changeRoleAction}
                    submitLabel="Change role"
                    label={`Role of ${user.name}`}
                    quiet
                    className="inline-form"
                  >
                    <input type="hidden" name="userId" value={user.id} />
                    <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                      Role of {user.name}
                    </label>
                    <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                </td>
                <td>
                  {user.disabled ? (
                    <span className="state-pill">disabled</span>
                  ) : (
                    <span className="state-pill state-pill--APPROVED">active</span>
                  )}
                  {user.id !== actor.id && (
                    <ActionForm
                      action={setDisabledAction}
                      submitLabel={user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
                      quiet
                      success="Done."
                      confirm={
                        user.disabled
                          ? undefined
                          : { question: `Disable ${user.name}? They are signed out at once.`, confirmLabel: "Disable account" }
                      }
                    >
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="disabled" value={String(!user.disabled)} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <h2>Create an account</h2>
      <ActionForm
        action={createAccountAction}
        submitLabel="Create account"
        resetOnSuccess
        success="Account created. Give the person their password."
        className="card narrow-form"
        label="Create an account"
      >
        <FormField name="name" label="Name" autoComplete="off" />
        <FormField name="email" label="Email" type="email" autoComplete="off" />
        <FormField
          name="role"
          label="Role"
          defaultValue="EDITOR"
          options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        />
        <FormField
          name="password"
          label="Temporary password"
          hint="At least 12 characters. Share it privately."
          autoComplete="new-password"
        />
      </ActionForm>
    </div>
  );
}
