import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** next-auth's error code for a throttled attempt (the route answers 429 with it). */
export const THROTTLED_ERROR = "TooManyAttempts";

/** What the sign-in form says when wrong passwords are throttled (HTTP 429). */
export const THROTTLED_MESSAGE = "Too many failed sign-ins for this account or from this address. Wait a minute, then try again.";
