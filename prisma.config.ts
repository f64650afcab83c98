// Prisma CLI configuration. Prisma 6.19's JavaScript migration engine runs offline on these
// machines (no native schema-engine download); see ../shared/ENVIRONMENT.md for the four
// workarounds applied here.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// Workaround 3: the wasm schema engine cannot deserialize catalog columns of type `name` (19)
// and `"char"` (18) through adapter-pg; report them as `text` (25). CLI only — the app never loads this.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
type FieldDescription = { dataTypeID: number };
const resultProto = (pg as unknown as { Result: { prototype: { addFields(f: FieldDescription[]): void } } }).Result.prototype;
const originalAddFields = resultProto.addFields;
resultProto.addFields = function addFields(fields: FieldDescription[]) {
  for (const field of fields) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return originalAddFields.call(this, fields);
};

// Workaround 5 (found here, not in ENVIRONMENT.md): Postgres 18 records NOT NULL constraints in
// pg_constraint (contype 'n'); Prisma 6.19's wasm introspection does not know that kind and panics
// ("RuntimeError: unreachable") as soon as a table exists. Leave them out of that one query.
type Queryable = { queryRaw(params: { sql: string }): Promise<unknown> };
function withPostgres18Introspection<T extends Queryable>(adapter: T): T {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = (params) =>
    queryRaw({ ...params, sql: params.sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')") });
  return adapter;
}

/** Discrete connection settings: a connectionString would override the shadow database name (workaround 4). */
function connectionConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

function createAdapterFactory(databaseUrl: string) {
  const config = connectionConfig(databaseUrl);
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withPostgres18Introspection(await connect());
  // Workaround 4: create the shadow database ourselves and drop it only after its pool has closed.
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client(config);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadowFactory = new PrismaPg({ ...config, database: name });
    const shadow = withPostgres18Introspection(await shadowFactory.connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(config);
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx seeds/cli.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run db:migrate`, or set it.");
    return createAdapterFactory(url);
  },
});
