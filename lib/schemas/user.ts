import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;

export const createAccountSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(ROLES, { message: "Role must be ADMIN, EDITOR or REVIEWER." }),
  password: z.string().min(12, "Use at least 12 characters.").max(1024),
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;
