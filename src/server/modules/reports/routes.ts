import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Problem } from "../../../contracts/problem.ts";
import {
  Ii06aDossierPage,
  Ii06aDossiersQuery,
  Ii06aQuery,
  Ii06aReportAsServed,
} from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess } from "../../http/access.ts";
import { sendFile } from "../../http/send-file.ts";
import { listLateExplanations } from "./late-explanations.ts";
import { listIi06aDossiers } from "./list-ii06a-dossiers.ts";
import { getIi06aReportAsServed } from "./period-snapshots.ts";
import { renderIi06aPdf } from "./render-ii06a-pdf.ts";
import { renderIi06aXlsx } from "./render-ii06a-xlsx.ts";

/** Leaders over their agency's subtree (`agencyId`); without it, the province (root-scoped roles). */
const READ = officerAccess("reports.read", agencyIdInRequest);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const Ii06aExportQuery = Ii06aQuery.extend({
  format: z.enum(["pdf", "xlsx"], "định dạng phải là pdf hoặc xlsx"),
});

export const reportRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/reports/ii06a",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary:
          "Biểu II.06a: dossiers received, resolved and in progress in a period; a closed month's snapshot (RPT-2, RPT-3, RPT-7)",
        querystring: Ii06aQuery,
        response: { 200: Ii06aReportAsServed, ...errors },
      },
    },
    async (request) => getIi06aReportAsServed(db, request.query),
  );

  app.get(
    "/api/reports/ii06a/dossiers",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary: "The dossiers behind one figure of Biểu II.06a, paged (same predicate as the figure)",
        querystring: Ii06aDossiersQuery,
        response: { 200: Ii06aDossierPage, ...errors },
      },
    },
    async (request) => listIi06aDossiers(db, request.query),
  );

  app.get(
    "/api/reports/ii06a/export",
    {
      config: { access: READ },
      schema: {
        tags: ["reports"],
        summary: "Biểu II.06a as a PDF in the official layout or as an Excel workbook",
        querystring: Ii06aExportQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getIi06aReportAsServed(db, query);
      const annex = await listLateExplanations(db, query);
      const name = `bieu-II.06a-${query.from}-${query.to}`;
      return format === "pdf"
        ? sendFile(reply, {
            content: await renderIi06aPdf(report, annex),
            type: "application/pdf",
            name: `${name}.pdf`,
            disposition: "inline",
          })
        : sendFile(reply, {
            content: await renderIi06aXlsx(report, annex),
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            name: `${name}.xlsx`,
            disposition: "attachment",
          });
    },
  );
};
