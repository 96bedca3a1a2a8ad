import type { SyncRun } from "../../../contracts/sync-runs.ts";
import type { Db } from "../../db/database.ts";
import type { SyncRunStatus, SyncTrigger } from "../../db/schema/procedure-sync.ts";
import { AppError } from "../../http/problem.ts";

/**
 * What the procedure sync and the reconciliation share about their runs: one at a time (a unique
 * index on the running row), and a run left "running" by a process that died is closed as failed
 * after an hour so that the next can start.
 */
export type RunTable = "procedure_sync_run" | "reconciliation_run";

const ABANDONED_AFTER_MS = 3_600_000;

export function portalDisabled(): AppError {
  return new AppError(
    409,
    "NATIONAL_PORTAL_DISABLED",
    "Chưa kết nối Cổng Dịch vụ công quốc gia (NATIONAL_PORTAL_ENABLED=false).",
  );
}

/** Inserts a running row with `insert`; 409 while another run of the same kind is running. */
export async function openRun(
  db: Db,
  table: RunTable,
  startedAt: Date,
  insert: () => Promise<string>,
  alreadyRunning: string,
): Promise<string> {
  await db
    .updateTable(table)
    .set({
      status: "failed",
      finished_at: startedAt,
      error: "Lần chạy bị gián đoạn (máy chủ dừng giữa chừng).",
    })
    .where("status", "=", "running")
    .where("started_at", "<", new Date(startedAt.getTime() - ABANDONED_AFTER_MS))
    .execute();
  try {
    return await insert();
  } catch (error) {
    if ((error as { code?: string }).code === "23505")
      throw new AppError(409, "RUN_IN_PROGRESS", alreadyRunning);
    throw error;
  }
}

/** Closes a run: succeeded, or failed with the reason (never credentials: portal errors carry none). */
export async function closeRun(
  db: Db,
  table: RunTable,
  id: string,
  now: number,
  error: unknown,
): Promise<void> {
  await db
    .updateTable(table)
    .set({
      status: error === null ? "succeeded" : "failed",
      finished_at: new Date(now),
      error: error === null ? null : reasonOf(error),
    })
    .where("id", "=", id)
    .execute();
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError || (error instanceof Error && error.name === "PortalError"))
    return error.message;
  return "Lỗi không mong đợi; xem nhật ký máy chủ.";
}

/** A run's row joined with the name of the officer who started it. */
interface RunRow {
  id: string;
  trigger: SyncTrigger;
  full_name: string | null;
  started_at: Date;
  finished_at: Date | null;
  status: SyncRunStatus;
  error: string | null;
}

/** What every run shows, whatever its kind. */
export function syncRunOf(r: RunRow): SyncRun {
  return {
    id: r.id,
    trigger: r.trigger,
    startedBy: r.full_name,
    startedAt: r.started_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    status: r.status,
    error: r.error,
  };
}
