import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { type Command, system } from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { Db } from "../../db/database.ts";
import type { DossierTable } from "../../db/schema/dossiers.ts";
import type { Database } from "../../db/schema.ts";
import { jobAuditScope, noteAudit, withAuditScope } from "../audit/audit-scope.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { commitCommand } from "./act-on-dossier.ts";
import type { Clock } from "./clock.ts";
import { refreshDerivedColumns, stateOf } from "./dossier-store.ts";
import { ACCEPTANCE_BREACH_JOB, recordAcceptanceBreaches } from "./record-acceptance-breaches.ts";

/**
 * The lifecycle's scheduled jobs, one sweep: every dossier whose derived columns say a job is due
 * (job-columns.ts) gets the job's system command through `commitCommand`, the same transaction
 * path as officers' commands (row update with version check, hash-chained event), each dossier
 * in its own transaction.
 *
 * - PAU-2 `fee_timeout`: paused for fees and the fee period is over → refused.
 * - PRC-7 `warn_running_late`: within the warning period before the due → the warning, once per due.
 * - REC-3 `acceptance-breach`: an online dossier still not accepted after its 8 working hours →
 *   the breach recorded in the audit trail, once (record-acceptance-breaches.ts; no event).
 *
 * Several instances may sweep at once: a dossier is claimed with `FOR UPDATE SKIP LOCKED` and its
 * condition checked again under the lock, so a dossier another sweep holds or has just handled is
 * left alone. When the lifecycle refuses (the columns were computed before a calendar change or
 * migration 0008), the row's derived columns are recomputed so that it stops being a candidate.
 */

type Eb = ExpressionBuilder<Database & { d: DossierTable }, "d">;

interface DueJob {
  /** The system actor's job name, recorded on the event. */
  readonly job: string;
  readonly command: "fee_timeout" | "warn_running_late";
  readonly due: (eb: Eb, now: Date) => Expression<SqlBool>;
  readonly order: "d.fee_due_at" | "d.late_warning_at";
}

const DUE_JOBS: readonly DueJob[] = [
  {
    job: "fee-timeout",
    command: "fee_timeout",
    due: (eb, now) => eb("d.fee_due_at", "<=", now),
    order: "d.fee_due_at",
  },
  {
    job: "late-warning",
    command: "warn_running_late",
    due: (eb, now) => eb.and([eb("d.late_warning_at", "<=", now), eb("d.due_at", ">", now)]),
    order: "d.late_warning_at",
  },
];

/** What one job did in a sweep: commands applied, candidates the lifecycle refused, rows taken by another sweep. */
interface JobCounts {
  applied: number;
  refused: number;
  skipped: number;
}

/** Dossiers handled per job and sweep; the rest wait for the next sweep. */
const BATCH = 500;

export async function runDueJobs(db: Db, clock: Clock): Promise<Record<string, JobCounts>> {
  const counts: Record<string, JobCounts> = {};
  for (const job of DUE_JOBS) counts[job.job] = await runJob(db, clock, job);
  counts[ACCEPTANCE_BREACH_JOB] = await recordAcceptanceBreaches(db, clock);
  return counts;
}

async function runJob(db: Db, clock: Clock, job: DueJob): Promise<JobCounts> {
  const counts: JobCounts = { applied: 0, refused: 0, skipped: 0 };
  const candidates = await db
    .selectFrom("dossier as d")
    .select("d.id")
    .where((eb) => job.due(eb, new Date(clock())))
    .orderBy(job.order)
    .limit(BATCH)
    .execute();
  for (const { id } of candidates) {
    counts[await handleOne(db, clock, job, id)] += 1;
  }
  return counts;
}

/** Each dossier in its own transaction, which commits with the job's audit record (SEC-2). */
async function handleOne(db: Db, clock: Clock, job: DueJob, dossierId: string): Promise<keyof JobCounts> {
  return withAuditScope(jobAuditScope(job.job), () =>
    db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("dossier as d")
        .selectAll("d")
        .where("d.id", "=", dossierId)
        .where((eb) => job.due(eb, new Date(clock())))
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return "skipped";
      try {
        await commitCommand(
          trx,
          clock,
          row,
          () => ({ type: job.command, actor: system(job.job) }) as Command,
        );
        return "applied";
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        noteAudit({ objectType: "dossier", objectId: row.id, detail: { refused: error.code } });
        const { calendar } = await loadWorkingCalendar(trx, stateOf(row).receivingAgencyId);
        await refreshDerivedColumns(trx, row, calendar, clock());
        return "refused";
      }
    }),
  );
}
