// next-auth 4 with email + password (argon2id). The session cookie is a JWT that names a
// server-side session (lib/server/sessions): the server re-reads that session and the account on
// every request (getActor), so signing out, a disabled account or a changed role takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/config/client-address";
import { closeSession, openSession, SESSION_HOURS } from "@/lib/server/sessions/sessions";
import { recordSignInAttempt } from "@/lib/server/users/sign-in-throttle";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // The throttle itself is checked before this runs (app/api/auth/[...nextauth]/route.ts).
      async authorize(credentials, req) {
        const actor = await verifyCredentials(credentials);
        await recordSignInAttempt({ email: credentials?.email, address: clientAddress(req?.headers), succeeded: !!actor });
        return actor && { id: actor.id, name: actor.name, email: actor.email, role: actor.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = await openSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.sid = token.sid;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await closeSession(token?.sid);
    },
  },
};
