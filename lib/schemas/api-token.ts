// API tokens: what an admin types to create one (the form, the CLI and the use-case share it).
import { z } from "zod";
import { idSchema } from "./common";

export const TOKEN_SCOPES = ["read", "write"] as const;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after who or what uses it.").max(80, "Keep the name under 80 characters."),
  scope: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(TOKEN_SCOPES, { error: 'Choose "read" or "write".' })),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: idSchema });
