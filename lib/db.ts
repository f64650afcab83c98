// The one Prisma client (adapter-pg). Created on first use so that importing this module never
// needs a database (builds, unit tests); DATABASE_URL is read at that moment.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { factcheckPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set; start the app with `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

function client(): PrismaClient {
  globalForDb.factcheckPrisma ??= createClient();
  return globalForDb.factcheckPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function disconnectDb(): Promise<void> {
  await globalForDb.factcheckPrisma?.$disconnect();
  globalForDb.factcheckPrisma = undefined;
}
