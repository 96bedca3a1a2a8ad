import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AuditPage, AuditQuery } from "../../../contracts/accounts.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess } from "../../http/access.ts";
import { listAudit } from "./list-audit.ts";

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/admin/audit",
    {
      config: { access: officerAccess("audit.read", () => null) },
      schema: {
        tags: ["audit"],
        summary: "The audit trail, newest first, with filters (SEC-2)",
        querystring: AuditQuery,
        response: { 200: AuditPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => listAudit(db, request.query),
  );
};
