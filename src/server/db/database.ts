import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { auditedDialect } from "../modules/audit/audited-dialect.ts";
import type { Database } from "./schema.ts";

// timestamptz → Date (default), bigint (int8) → number: counts fit comfortably in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Db = Kysely<Database>;

export function createDb(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle connection closed by the server (restart, failover) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (error) => console.warn(`PostgreSQL: kết nối rỗi bị đóng (${error.message})`));
  // SEC-2: a change made during a request or job commits together with its audit record.
  return new Kysely<Database>({ dialect: auditedDialect(new PostgresDialect({ pool })) });
}
