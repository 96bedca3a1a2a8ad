import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { IdParams } from "../../../contracts/accounts.ts";
import {
  AgencyImportReport,
  AgencyTreeDocument,
  CreateAgency,
  PublicAgency,
  UpdateAgency,
} from "../../../contracts/agencies.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess } from "../../http/access.ts";
import { exportAgencyTree } from "./export-agency-tree.ts";
import { importAgencyTree } from "./import-agency-tree.ts";
import { saveAgency } from "./save-agency.ts";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ["organization"];
const PROVINCE_WIDE = () => null;

/** Administration of the agency tree (CFG-3). */
export const agencyAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/admin/agencies/export",
    {
      config: { access: officerAccess("agencies.read", PROVINCE_WIDE) },
      schema: {
        tags,
        summary: "The agency tree as a JSON document",
        response: { 200: AgencyTreeDocument, ...errors },
      },
    },
    async () => exportAgencyTree(db),
  );

  app.post(
    "/api/admin/agencies/import",
    {
      config: { access: officerAccess("agencies.manage", PROVINCE_WIDE) },
      schema: {
        tags,
        summary: "Import an agency tree document (all or nothing)",
        body: AgencyTreeDocument,
        response: { 200: AgencyImportReport, ...errors },
      },
    },
    async (request) => importAgencyTree(db, request.body),
  );

  app.post(
    "/api/admin/agencies",
    {
      config: {
        access: officerAccess(
          "agencies.manage",
          (request) => (request.body as { parentId?: string | null })?.parentId ?? null,
        ),
      },
      schema: {
        tags,
        summary: "Add an agency under a parent",
        body: CreateAgency,
        response: { 201: PublicAgency, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await saveAgency(db, request.body)),
  );

  app.put(
    "/api/admin/agencies/:id",
    {
      config: {
        access: officerAccess("agencies.manage", (request) => (request.params as { id: string }).id),
      },
      schema: {
        tags,
        summary: "Change an agency (name, code, parent, public contact)",
        params: IdParams,
        body: UpdateAgency,
        response: { 200: PublicAgency, ...errors },
      },
    },
    async (request) => saveAgency(db, request.body, request.params.id),
  );
};
