import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import { jobAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import type { PortalClient } from "../national-portal/portal-client.ts";
import { openProcedureSync, runProcedureSync } from "./sync-procedures.ts";

/** CFG-1: the procedure sync runs once a day (the decision's 5 working days leave time for one missed day). */
export const PROCEDURE_SYNC_INTERVAL_SECONDS = 24 * 3600;

/** Runs the procedure sync daily, as the system; a run already in progress is left alone. */
export function scheduleProcedureSync(
  db: Db,
  portal: PortalClient,
  clock: Clock,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  return scheduleSweeps("procedure sync", PROCEDURE_SYNC_INTERVAL_SECONDS, log, () =>
    withAuditScope(jobAuditScope("procedure-sync"), async () => {
      const id = await openProcedureSync(db, { trigger: "schedule", officerId: null }, clock);
      await runProcedureSync(db, portal, id, null, clock);
    }),
  );
}
