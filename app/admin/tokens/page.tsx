import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { CreateTokenForm } from "@/components/admin/CreateTokenForm";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { listApiTokens } from "@/lib/server/api-tokens/manage-api-tokens";

export const metadata: Metadata = { title: "API tokens" };
const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function ApiTokensPage() {
  const actor = await requirePageActor("/admin/tokens");
  if (!can(actor, "api-token.manage")) forbidden();
  const tokens = await listApiTokens(actor);
  return (
    <div className="page">
      <h1>API tokens</h1>
      <p className="page-lede">
        Tokens let other tools use the desk&apos;s API (<Link href="/api/v1/openapi.json">OpenAPI document</Link>). Published fact-checks
        need no token. A token is shown once; revoke it when a tool no longer needs it.
      </p>
      <CreateTokenForm />
      <h2>Tokens</h2>
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <ScrollArea label="API tokens">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scope</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>
                    {token.name}
                    <div className="muted">
                      <code>{token.prefix}</code>
                    </div>
                  </td>
                  <td>{token.scope.toLowerCase()}</td>
                  <td>
                    {day(token.createdAt)}
                    <div className="muted">by {token.createdBy.name}</div>
                  </td>
                  <td>{token.lastUsedAt ? day(token.lastUsedAt) : <span className="muted">never</span>}</td>
                  <td>
                    {token.revokedAt ? (
                      <span className="state-pill">revoked {day(token.revokedAt)}</span>
                    ) : token.createdBy.disabled || token.createdBy.role !== "ADMIN" ? (
                      <span className="state-pill">stopped: {token.createdBy.name} is no longer an active admin</span>
                    ) : (
                      <>
                        <span className="state-pill state-pill--APPROVED">active</span>
                        <ActionForm
                          action={revokeApiTokenAction}
                          submitLabel={`Revoke ${token.name}`}
                          quiet
                          success="Revoked."
                          confirm={{
                            question: `Revoke "${token.name}"? Tools using it stop working at once.`,
                            confirmLabel: "Revoke token",
                          }}
                        >
                          <input type="hidden" name="tokenId" value={token.id} />
                        </ActionForm>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
