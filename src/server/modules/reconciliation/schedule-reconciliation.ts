import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import { jobAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import type { PortalClient } from "../national-portal/portal-client.ts";
import { openReconciliation, runReconciliation } from "./reconcile-dossiers.ts";

/** INT-1: reconciles every NATIONAL_PORTAL_RECONCILE_MINUTES over the default period, as the system. */
export function scheduleReconciliation(
  db: Db,
  portal: PortalClient,
  minutes: number,
  clock: Clock,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  return scheduleSweeps("reconciliation", minutes * 60, log, () =>
    withAuditScope(jobAuditScope("reconciliation"), async () => {
      const id = await openReconciliation(db, { trigger: "schedule", officerId: null, period: {} }, clock);
      await runReconciliation(db, portal, id, clock);
    }),
  );
}
