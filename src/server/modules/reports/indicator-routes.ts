import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Problem } from "../../../contracts/problem.ts";
import { Qd766Query, Qd766Report } from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess } from "../../http/access.ts";
import { get766Indicators } from "./get-766-indicators.ts";

/** RPT-5: read as Biểu II.06a is: leaders over their agency's subtree, the control office the province. */
const READ = officerAccess("reports.read", agencyIdInRequest);

export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/reports/qd766",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary: "QĐ 766 indicators of an agency or the province for a period, with their points (RPT-5)",
        querystring: Qd766Query,
        response: { 200: Qd766Report, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => get766Indicators(db, request.query),
  );
};
