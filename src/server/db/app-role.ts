import { type Kysely, sql } from "kysely";
import pg from "pg";
import type { Db } from "./database.ts";

/**
 * The least-privileged role the application connects as. It reads and writes rows, appends to
 * the history tables and nothing more: no schema changes, no UPDATE/DELETE/TRUNCATE of history,
 * no trigger switching (only a table's owner or a superuser may). Migrations run as the owner.
 */

/** Tables whose history trigger refuses changes (audit_log, dossier_event, …), in the current schema. */
const APPEND_ONLY_TABLES = sql<{ name: string }>`
  SELECT DISTINCT c.relname AS name
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_proc p ON p.oid = t.tgfoid
   WHERE p.proname = 'refuse_history_change' AND c.relnamespace = current_schema()::regnamespace
   ORDER BY 1`;

// biome-ignore lint/suspicious/noExplicitAny: runs on the migrator's connection or transaction
type Executor = Kysely<any>;

/**
 * Grants `role` what the application needs in the current schema, idempotently. The migrator runs
 * it as the owner after every run, so tables added by later migrations are covered; tables whose
 * trigger makes them append-only get SELECT and INSERT only.
 */
export async function grantAppPrivileges(db: Executor, role: string): Promise<void> {
  const schema = (await sql<{ name: string }>`SELECT current_schema() AS name`.execute(db)).rows[0]?.name;
  if (!schema) throw new Error("no current schema");
  const to = sql.id(role);
  const statements = [
    sql`GRANT USAGE ON SCHEMA ${sql.id(schema)} TO ${to}`,
    sql`REVOKE CREATE ON SCHEMA ${sql.id(schema)} FROM ${to}`,
    sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${sql.id(schema)} TO ${to}`,
    sql`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${sql.id(schema)} FROM ${to}`,
    sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${sql.id(schema)} TO ${to}`,
    sql`REVOKE INSERT, UPDATE, DELETE ON schema_migration FROM ${to}`,
    ...(await APPEND_ONLY_TABLES.execute(db)).rows.map(
      (t) => sql`REVOKE UPDATE, DELETE ON ${sql.id(t.name)} FROM ${to}`,
    ),
  ];
  for (const statement of statements) await statement.execute(db);
}

/**
 * What the connected role may do beyond the application's needs, one line each; empty when it
 * runs with least privilege.
 */
export async function excessPrivileges(db: Db): Promise<string[]> {
  const { rows } = await sql<{
    role: string;
    superuser: boolean;
    can_create: boolean;
    owns: string | null;
  }>`SELECT current_user AS role,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
            has_schema_privilege(current_schema(), 'CREATE') AS can_create,
            (SELECT min(c.relname) FROM pg_class c
              WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
                AND pg_has_role(c.relowner, 'USAGE')) AS owns`.execute(db);
  const me = rows[0];
  if (!me) return [];
  const mutable = [];
  for (const { name } of (await APPEND_ONLY_TABLES.execute(db)).rows) {
    const found = await sql<{ ok: boolean }>`SELECT has_table_privilege(${name}, 'UPDATE')
      OR has_table_privilege(${name}, 'DELETE') OR has_table_privilege(${name}, 'TRUNCATE') AS ok`.execute(
      db,
    );
    if (found.rows[0]?.ok) mutable.push(name);
  }
  return [
    me.superuser ? `role ${me.role} is a superuser (it can switch off the history triggers)` : "",
    me.owns ? `role ${me.role} owns table ${me.owns} (it can alter, drop or disable its triggers)` : "",
    me.can_create ? `role ${me.role} may create objects in the schema` : "",
    mutable.length ? `role ${me.role} may update, delete or truncate ${mutable.join(", ")}` : "",
  ].filter(Boolean);
}

/**
 * Creates the login role, or sets its password, through a superuser (or CREATEROLE) connection.
 * Safe when several processes do it at once: the loser of a CREATE race sets the password instead.
 */
export async function ensureLoginRole(adminUrl: string, role: string, password?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const name = pg.escapeIdentifier(role);
    const withPassword = password === undefined ? "" : ` PASSWORD ${pg.escapeLiteral(password)}`;
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${withPassword}`;
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (exists.rowCount === 0) {
      try {
        await client.query(`CREATE ROLE ${name} ${attributes}`);
        return;
      } catch (error) {
        // 42710 duplicate_object, 23505 unique_violation: another process created it meanwhile.
        const code = (error as { code?: string }).code;
        if (code !== "42710" && code !== "23505") throw error;
      }
    }
    await client.query(`ALTER ROLE ${name} ${attributes}`);
  } finally {
    await client.end();
  }
}
