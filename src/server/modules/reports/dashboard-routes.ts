import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  Dashboard,
  DashboardDossierPage,
  DashboardDossiersQuery,
  DashboardQuery,
} from "../../../contracts/dashboard.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess } from "../../http/access.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { listDashboardDossiers } from "./dashboard-dossiers.ts";
import { getDashboard } from "./dashboard-report.ts";

/** RPT-1: read as Biểu II.06a is: leaders over their agency's subtree, the control office the province. */
const READ = officerAccess("reports.read", agencyIdInRequest);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const dashboardRoutes: FastifyPluginAsyncZod<{ db: Db; clock?: Clock | undefined }> = async (
  app,
  { db, clock = systemClock },
) => {
  app.get(
    "/api/reports/dashboard",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary:
          "Leaders' dashboard: on-time trend, online share, in progress, overdue and due soon by unit and step, late procedures (RPT-1, RPT-7)",
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...errors },
      },
    },
    async (request) => getDashboard(db, request.query, clock()),
  );

  app.get(
    "/api/reports/dashboard/dossiers",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary:
          "The dossiers behind one figure of the leaders' dashboard, paged (same predicate as the figure)",
        querystring: DashboardDossiersQuery,
        response: { 200: DashboardDossierPage, ...errors },
      },
    },
    async (request) => listDashboardDossiers(db, request.query, clock()),
  );
};
