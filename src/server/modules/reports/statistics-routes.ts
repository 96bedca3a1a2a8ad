import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Problem } from "../../../contracts/problem.ts";
import { Ii06aDossierPage } from "../../../contracts/reports.ts";
import {
  OfficerUsageQuery,
  OfficerUsageReport,
  StatisticsDossiersQuery,
  StatisticsQuery,
  StatisticsReport,
} from "../../../contracts/statistics.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess } from "../../http/access.ts";
import { getOfficerUsage } from "./officer-usage-report.ts";
import { listStatisticsDossiers } from "./statistics-dossiers.ts";
import { getStatistics } from "./statistics-report.ts";

/** RPT-1: read as Biểu II.06a is: leaders over their agency's subtree, the control office the province. */
const READ = officerAccess("reports.read", agencyIdInRequest);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const statisticsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/reports/statistics",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary: "Statistics of a period by field, unit, status, process step or officer (RPT-1, RPT-7)",
        querystring: StatisticsQuery,
        response: { 200: StatisticsReport, ...errors },
      },
    },
    async (request) => getStatistics(db, request.query),
  );

  app.get(
    "/api/reports/statistics/dossiers",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary: "The dossiers behind one figure of the statistics, paged (same predicate as the figure)",
        querystring: StatisticsDossiersQuery,
        response: { 200: Ii06aDossierPage, ...errors },
      },
    },
    async (request) => listStatisticsDossiers(db, request.query),
  );

  app.get(
    "/api/reports/officer-usage",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary:
          "Per officer: steps completed in a period, working time per step, share late, current load (seed 001 Art. 5.1.d)",
        querystring: OfficerUsageQuery,
        response: { 200: OfficerUsageReport, ...errors },
      },
    },
    async (request) => getOfficerUsage(db, request.query),
  );
};
