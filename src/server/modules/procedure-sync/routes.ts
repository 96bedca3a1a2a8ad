import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Problem } from "../../../contracts/problem.ts";
import { ProcedureSyncOverview, ProcedureSyncQuery } from "../../../contracts/procedure-sync.ts";
import { StartedRun } from "../../../contracts/sync-runs.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, officerOf } from "../../http/access.ts";
import { systemAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import type { PortalClient } from "../national-portal/portal-client.ts";
import { getProcedureSyncOverview } from "./get-procedure-sync-overview.ts";
import { openProcedureSync, runProcedureSync } from "./sync-procedures.ts";
import { portalDisabled } from "./sync-runs.ts";

/** The catalog is province-wide: its managers sync it (catalog.manage), its readers see the runs (catalog.read). */
const READ = officerAccess("catalog.read", () => null);
const RUN = officerAccess("catalog.manage", () => null);
const errors = { 400: Problem, 401: Problem, 403: Problem, 409: Problem };

export const procedureSyncRoutes: FastifyPluginAsyncZod<{
  db: Db;
  portal: PortalClient | null;
  clock?: Clock | undefined;
}> = async (app, { db, portal, clock = systemClock }) => {
  app.get(
    "/api/admin/procedure-sync",
    {
      config: { access: READ },
      schema: {
        tags: ["catalog"],
        summary: "CFG-1: the procedure sync runs and what they changed, with publication deadlines",
        querystring: ProcedureSyncQuery,
        response: { 200: ProcedureSyncOverview, ...errors },
      },
    },
    async (request) => getProcedureSyncOverview(db, request.query, portal !== null, clock),
  );

  app.post(
    "/api/admin/procedure-sync/runs",
    {
      config: { access: RUN },
      schema: {
        tags: ["catalog"],
        summary: "CFG-1: sync the catalog with the national procedure database now (runs in the background)",
        response: { 202: StartedRun, ...errors },
      },
    },
    async (request, reply) => {
      if (!portal) throw portalDisabled();
      const officerId = officerOf(request).id;
      const id = await openProcedureSync(db, { trigger: "manual", officerId }, clock);
      // The work goes on after the answer, audited as the system's (the run names the officer).
      void withAuditScope(systemAuditScope("procedure-sync", "JOB procedure-sync"), () =>
        runProcedureSync(db, portal, id, officerId, clock),
      ).catch((error: unknown) => request.log.error({ err: error }, "procedure sync failed"));
      return reply.code(202).send({ id });
    },
  );
};
