import type { Role } from "@/lib/permissions";

declare module "next-auth" {
  interface User {
    role: Role;
  }
  interface Session {
    user?: { id: string; role: Role; name?: string | null; email?: string | null };
    /** The server-side session this cookie names (lib/server/sessions). */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    sid?: string;
  }
}
