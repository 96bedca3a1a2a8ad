import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Problem } from "../../../contracts/problem.ts";
import {
  ReconciliationOverview,
  ReconciliationQuery,
  StartReconciliation,
} from "../../../contracts/reconciliation.ts";
import { StartedRun } from "../../../contracts/sync-runs.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, officerOf } from "../../http/access.ts";
import { systemAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import type { PortalClient } from "../national-portal/portal-client.ts";
import { portalDisabled } from "../procedure-sync/sync-runs.ts";
import { getReconciliationOverview } from "./get-reconciliation-overview.ts";
import { openReconciliation, runReconciliation } from "./reconcile-dossiers.ts";

/** Province-wide: only root-scoped roles (policies.ts). */
const READ = officerAccess("reconciliation.read", () => null);
const RUN = officerAccess("reconciliation.run", () => null);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const reconciliationRoutes: FastifyPluginAsyncZod<{
  db: Db;
  portal: PortalClient | null;
  clock?: Clock | undefined;
}> = async (app, { db, portal, clock = systemClock }) => {
  app.get(
    "/api/admin/reconciliation",
    {
      config: { access: READ },
      schema: {
        tags: ["integrations"],
        summary:
          "INT-1: reconciliation runs with the national portal, counts per agency and month, mismatches",
        querystring: ReconciliationQuery,
        response: { 200: ReconciliationOverview, ...errors },
      },
    },
    async (request) => getReconciliationOverview(db, request.query, portal !== null),
  );

  app.post(
    "/api/admin/reconciliation/runs",
    {
      config: { access: RUN },
      schema: {
        tags: ["integrations"],
        summary:
          "INT-1: reconcile now with the national portal (runs in the background; progress on the GET)",
        body: StartReconciliation,
        response: { 202: StartedRun, ...errors },
      },
    },
    async (request, reply) => {
      if (!portal) throw portalDisabled();
      const officerId = officerOf(request).id;
      const id = await openReconciliation(db, { trigger: "manual", officerId, period: request.body }, clock);
      // The work goes on after the answer, audited as the system's (the run names the officer).
      void withAuditScope(systemAuditScope("reconciliation", "JOB reconciliation"), () =>
        runReconciliation(db, portal, id, clock),
      ).catch((error: unknown) => request.log.error({ err: error }, "reconciliation failed"));
      return reply.code(202).send({ id });
    },
  );
};
