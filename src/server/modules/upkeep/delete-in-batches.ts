import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";

/**
 * Deletes the rows of `table` that match `condition`, `batch` rows per statement until none is
 * left, and returns how many went. Each statement locks its rows first and skips those another
 * transaction holds (SKIP LOCKED, the condition checked again on the locked row): several
 * instances may sweep at once, and a row in use (an upload being attached) stays for later.
 * Only DELETE: no TRUNCATE, no privilege beyond the app's own.
 */
export async function deleteInBatches(
  db: Db,
  table: keyof Database,
  condition: RawBuilder<boolean>,
  batch = 1000,
): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await sql`
      DELETE FROM ${sql.table(table)} WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM ${sql.table(table)} WHERE ${condition} LIMIT ${batch} FOR UPDATE SKIP LOCKED
      ))`.execute(db);
    const deleted = Number(result.numAffectedRows ?? 0);
    total += deleted;
    if (deleted < batch) return total;
  }
}
