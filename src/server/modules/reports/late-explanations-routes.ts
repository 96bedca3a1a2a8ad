import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { LateExplanations, LateExplanationsQuery } from "../../../contracts/late-explanations.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess } from "../../http/access.ts";
import { listLateExplanations } from "./late-explanations.ts";

/**
 * As Biểu II.06a: an agency's leaders over their subtree, the control office over the province.
 * Explanations are entered on each dossier through its own command (record-lateness-reason).
 */
const READ = officerAccess("reports.read", agencyIdInRequest);

export const lateExplanationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/reports/late-explanations",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary:
          "Late dossiers of a period per unit with their recorded lateness reason, or none yet (RPT-3, PRC-8)",
        querystring: LateExplanationsQuery,
        response: { 200: LateExplanations, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listLateExplanations(db, request.query),
  );
};
