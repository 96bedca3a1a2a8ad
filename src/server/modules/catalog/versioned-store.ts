import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";

/**
 * What the stores of versioned records share: catalog procedures (procedure-store.ts), e-forms
 * (forms/form-store.ts) and electronic workflows (workflows/workflow-store.ts). Each keeps its
 * own keys, lifecycle and messages; these are the pieces whose logic is the same for all of them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a request can be a row id at all (a malformed one is simply not found). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** Runs `work` in a transaction, or in the caller's when `db` is already one (seed loading). */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Full names of officers by id. */
export async function officerNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("officer").select(["id", "full_name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * The number of a new e-form or workflow version: one more than the highest kept. A discarded
 * draft's number is given out again (unlike catalog versions, see allocateVersion).
 */
export function nextVersionNumber(rows: readonly { version: number }[]): number {
  return Math.max(0, ...rows.map((r) => r.version)) + 1;
}

/** What every edit of a draft with a `revision` (e-forms, workflows) writes besides its content. */
export function draftEditColumns(officerId: string) {
  return { revision: sql<number>`revision + 1`, updated_by: officerId, updated_at: sql<Date>`now()` };
}

/** 409: the draft was saved by someone else since the editor loaded `revision`. */
export function draftChanged(code: string, revision: number): AppError {
  return new AppError(
    409,
    code,
    `Bản nháp vừa được người khác lưu (lần sửa ${revision}); hãy tải lại rồi sửa tiếp.`,
  );
}
