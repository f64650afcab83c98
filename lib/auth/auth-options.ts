// next-auth 4 with email + password (argon2id). The session cookie is a JWT that names a
// server-side session (lib/server/sessions): the server re-reads that session and the account on
// every request (getActor), so signing out, a disabled account or a changed role takes effect at once.
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/config/client-address";
import { closeSession, openSession, SESSION_HOURS, sessionActor } from "@/lib/server/sessions/sessions";
import { THROTTLED_ERROR } from "@/lib/schemas/auth";
import { attemptSignIn } from "@/lib/server/users/sign-in";

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // The throttle is checked here, on what next-auth itself read from the request; the route
      // answers 429 before this for the usual form (app/api/auth/[...nextauth]/route.ts).
      async authorize(credentials, req) {
        const { actor, throttle } = await attemptSignIn(credentials, clientAddress(req?.headers));
        if (throttle.blocked) throw new Error(THROTTLED_ERROR);
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
    // The session as the database knows it: a signed-out, revoked or disabled session is no
    // session at all (an empty answer, which next-auth's client reads as signed out).
    async session({ session, token }) {
      const actor = await sessionActor(token.sid, token.sub);
      if (!actor) return {} as Session;
      return { ...session, user: actor, sid: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      await closeSession(token?.sid);
    },
  },
};
