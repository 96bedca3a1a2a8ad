import type {
  ProcedureSyncChange,
  ProcedureSyncOverview,
  ProcedureSyncRun,
} from "../../../contracts/procedure-sync.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { deadlineStatus } from "./publication-deadline.ts";
import { syncRunOf } from "./sync-runs.ts";

const RUNS = 30;
const CHANGES = 500;

/**
 * CFG-1: the latest sync runs and the procedures they added, changed or could not import, each
 * with its publication deadline: met or missed by the publication of the version the run imported
 * or, for a refused import, of the first version published after it; otherwise due or overdue (a
 * refused import keeps its deadline running until a later run publishes the procedure).
 */
export async function getProcedureSyncOverview(
  db: Db,
  query: { runId?: string | undefined },
  portalEnabled: boolean,
  clock: Clock,
): Promise<ProcedureSyncOverview> {
  const runs = await db
    .selectFrom("procedure_sync_run as r")
    .leftJoin("officer as o", "o.id", "r.started_by")
    .selectAll("r")
    .select("o.full_name")
    .orderBy("r.started_at", "desc")
    .limit(RUNS)
    .execute();
  let changes = db
    .selectFrom("procedure_sync_change as c")
    .selectAll("c")
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom("procedure_version as v")
            .select("v.published_at")
            .whereRef("v.procedure_id", "=", "c.procedure_id")
            .whereRef("v.version", "=", "c.version"),
          eb
            .selectFrom("procedure_version as v")
            .innerJoin("procedure as p", "p.id", "v.procedure_id")
            .select((inner) => inner.fn.min("v.published_at").as("published_at"))
            .whereRef("p.code", "=", "c.code")
            .whereRef("v.published_at", ">=", "c.created_at"),
        )
        .as("published_at"),
    )
    .orderBy("c.created_at", "desc")
    .orderBy("c.code")
    .limit(CHANGES);
  if (query.runId) changes = changes.where("c.run_id", "=", query.runId);
  const now = clock();
  return {
    portalEnabled,
    runs: runs.map(
      (r): ProcedureSyncRun => ({
        ...syncRunOf(r),
        listed: r.listed,
        fetched: r.fetched,
        added: r.added,
        changed: r.changed,
        unchanged: r.unchanged,
        blocked: r.blocked,
      }),
    ),
    changes: (await changes.execute()).map((c): ProcedureSyncChange => {
      const publishedAt = c.published_at ? new Date(c.published_at).getTime() : null;
      const dueAt = c.publish_due_at?.getTime() ?? null;
      return {
        id: c.id,
        runId: c.run_id,
        code: c.code,
        name: c.name,
        outcome: c.outcome,
        procedureId: c.procedure_id,
        version: c.version,
        previousVersion: c.previous_version,
        changes: c.changes,
        warnings: c.warnings,
        decision: c.decision,
        deadline: {
          decidedAt: c.decided_at?.toISOString() ?? null,
          dueAt: c.publish_due_at?.toISOString() ?? null,
          publishedAt: publishedAt === null ? null : new Date(publishedAt).toISOString(),
          status: deadlineStatus(dueAt, publishedAt, now),
        },
        at: c.created_at.toISOString(),
      };
    }),
  };
}
