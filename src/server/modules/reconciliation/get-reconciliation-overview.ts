import type {
  MismatchCause,
  ReconciliationCount,
  ReconciliationOverview,
  ReconciliationRun,
} from "../../../contracts/reconciliation.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { syncRunOf } from "../procedure-sync/sync-runs.ts";

const RUNS = 30;
const MISMATCHES = 1000;

/**
 * INT-1: the latest reconciliation runs (with the progress of a running one) and, for the run
 * asked for or the latest, its counts per agency and month and its mismatches with their causes.
 */
export async function getReconciliationOverview(
  db: Db,
  query: { runId?: string | undefined },
  portalEnabled: boolean,
): Promise<ReconciliationOverview> {
  const runs = (await runsQuery(db).orderBy("r.started_at", "desc").limit(RUNS).execute()).map(runOf);
  const shownId = query.runId ?? runs[0]?.id;
  if (!shownId) return { portalEnabled, runs, shown: null };
  const shownRow = await runsQuery(db).where("r.id", "=", shownId).executeTakeFirst();
  if (!shownRow) throw new AppError(404, "RECONCILIATION_RUN_NOT_FOUND", "Không tìm thấy lần đối soát này.");
  const names = new Map(
    (await db.selectFrom("agency").select(["code", "name"]).execute()).map((a) => [a.code, a.name]),
  );
  const counts = await db
    .selectFrom("reconciliation_count")
    .selectAll()
    .where("run_id", "=", shownId)
    .orderBy("agency_code")
    .orderBy("month")
    .execute();
  const byCause = await db
    .selectFrom("reconciliation_mismatch")
    .select(["agency_code", "month", "cause", (eb) => eb.fn.countAll<number>().as("n")])
    .where("run_id", "=", shownId)
    .groupBy(["agency_code", "month", "cause"])
    .execute();
  const mismatches = await db
    .selectFrom("reconciliation_mismatch")
    .selectAll()
    .where("run_id", "=", shownId)
    .orderBy("agency_code")
    .orderBy("month")
    .orderBy("dossier_code")
    .limit(MISMATCHES)
    .execute();
  return {
    portalEnabled,
    runs,
    shown: {
      run: runOf(shownRow),
      counts: counts.map((c): ReconciliationCount => {
        const mismatchesOf: Partial<Record<MismatchCause, number>> = {};
        for (const m of byCause)
          if (m.agency_code === c.agency_code && m.month === c.month) mismatchesOf[m.cause] = Number(m.n);
        return {
          agencyCode: c.agency_code,
          agencyName: names.get(c.agency_code) ?? null,
          month: c.month,
          checked: c.checked,
          matched: c.matched,
          mismatches: mismatchesOf,
        };
      }),
      mismatches: mismatches.map((m) => ({
        dossierId: m.dossier_id,
        dossierCode: m.dossier_code,
        nationalCode: m.national_code,
        agencyCode: m.agency_code,
        agencyName: names.get(m.agency_code) ?? null,
        month: m.month,
        cause: m.cause,
        motcuaStatus: m.motcua_status,
        portalStatus: m.portal_status,
        detail: m.detail,
      })),
    },
  };
}

function runsQuery(db: Db) {
  return db
    .selectFrom("reconciliation_run as r")
    .leftJoin("officer as o", "o.id", "r.started_by")
    .selectAll("r")
    .select((eb) => [
      "o.full_name",
      eb.cast<string>("r.period_from", "text").as("from"),
      eb.cast<string>("r.period_to", "text").as("to"),
    ]);
}

function runOf(
  r: Awaited<ReturnType<ReturnType<typeof runsQuery>["executeTakeFirstOrThrow"]>>,
): ReconciliationRun {
  return {
    ...syncRunOf(r),
    periodFrom: r.from,
    periodTo: r.to,
    total: r.total,
    checked: r.checked,
    matched: r.matched,
    mismatched: r.mismatched,
  };
}
