import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AdminProcedureList,
  AdminProcedureQuery,
  CatalogFile,
  CatalogImportQuery,
  CatalogImportRequest,
  CatalogSearchQuery,
  CatalogSearchResult,
  FieldList,
  IdOrCodeParams,
  ImportRejected,
  ImportReport,
  NewProcedure,
  ProcedureDraft,
  ProcedureIdParams,
  ProcedureVersionDetail,
  ProcedureVersionList,
  PublicProcedure,
  UnpublishResult,
  VersionParams,
} from "../../../contracts/catalog.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { problem } from "../../http/problem.ts";
import { createDraftVersion } from "./create-draft-version.ts";
import { createProcedure } from "./create-procedure.ts";
import { discardDraftVersion } from "./discard-draft-version.ts";
import { exportCatalog } from "./export-catalog.ts";
import { versionNotFound } from "./find-version.ts";
import { getProcedureVersion } from "./get-procedure-version.ts";
import { getPublicProcedure } from "./get-public-procedure.ts";
import { importCatalog } from "./import-catalog.ts";
import { listAdminProcedures } from "./list-admin-procedures.ts";
import { listFields } from "./list-fields.ts";
import { listProcedureVersions } from "./list-procedure-versions.ts";
import { publishVersion } from "./publish-version.ts";
import { searchProcedures } from "./search-procedures.ts";
import { unpublishProcedure } from "./unpublish-procedure.ts";
import { updateDraftVersion } from "./update-draft-version.ts";

/** The catalog is province-wide: only roles scoped to the province's root agency cover it (policies.ts). */
const PROVINCE_WIDE = () => null;
const MANAGE = officerAccess("catalog.manage", PROVINCE_WIDE);
const READ = officerAccess("catalog.read", PROVINCE_WIDE);
/** A whole catalog file is larger than ordinary requests. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const catalogRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // ---------------------------------------------------------------------------------- public

  app.get(
    "/api/catalog/procedures",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["catalog"],
        summary: "Search the published procedures with facet counts (LKP-2)",
        querystring: CatalogSearchQuery,
        response: { 200: CatalogSearchResult, ...errors },
      },
    },
    async (request) => searchProcedures(db, request.query),
  );

  app.get(
    "/api/catalog/procedures/:idOrCode",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["catalog"],
        summary: "A published procedure in full, by id or national code",
        params: IdOrCodeParams,
        response: { 200: PublicProcedure, ...errors },
      },
    },
    async (request) => getPublicProcedure(db, request.params.idOrCode),
  );

  app.get(
    "/api/catalog/fields",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["catalog"],
        summary: "Fields (lĩnh vực) of the published catalog with procedure counts",
        response: { 200: FieldList, ...errors },
      },
    },
    async () => listFields(db),
  );

  // ----------------------------------------------------------------------------------- admin

  app.get(
    "/api/admin/catalog/procedures",
    {
      config: { access: READ },
      schema: {
        tags: ["catalog"],
        summary: "Every procedure, published or not, with its published and draft versions",
        querystring: AdminProcedureQuery,
        response: { 200: AdminProcedureList, ...errors },
      },
    },
    async (request) => listAdminProcedures(db, request.query),
  );

  app.post(
    "/api/admin/catalog/procedures",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Add a procedure; its version 1 is a draft",
        body: NewProcedure,
        response: { 201: ProcedureVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createProcedure(db, request.body, officerOf(request).id);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api/admin/catalog/procedures/:id/versions",
    {
      config: { access: READ },
      schema: {
        tags: ["catalog"],
        summary: "The versions of a procedure",
        params: ProcedureIdParams,
        response: { 200: ProcedureVersionList, ...errors },
      },
    },
    async (request) => listProcedureVersions(db, request.params.id),
  );

  app.post(
    "/api/admin/catalog/procedures/:id/versions",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Start a new version as a draft (the published one stays until this is published)",
        params: ProcedureIdParams,
        body: ProcedureDraft,
        response: { 201: ProcedureVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createDraftVersion(db, request.params.id, request.body, officerOf(request).id);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api/admin/catalog/procedures/:id/versions/:version",
    {
      config: { access: READ },
      schema: {
        tags: ["catalog"],
        summary: "One version of a procedure in full, whatever its status",
        params: VersionParams,
        response: { 200: ProcedureVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { id, version } = request.params;
      const detail = await getProcedureVersion(db, id, version);
      if (!detail) throw versionNotFound(version);
      return detail;
    },
  );

  app.put(
    "/api/admin/catalog/procedures/:id/versions/:version",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Replace the content of a draft version",
        params: VersionParams,
        body: ProcedureDraft,
        response: { 200: ProcedureVersionDetail, ...errors },
      },
    },
    async (request) => updateDraftVersion(db, request.params.id, request.params.version, request.body),
  );

  app.delete(
    "/api/admin/catalog/procedures/:id/versions/:version",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Discard a draft version (published versions are kept forever)",
        params: VersionParams,
        response: { 204: z.null().describe("Discarded"), ...errors },
      },
    },
    async (request, reply) => {
      await discardDraftVersion(db, request.params.id, request.params.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/catalog/procedures/:id/versions/:version/publish",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Publish a draft; the version published until now is retired (CFG-1)",
        params: VersionParams,
        response: { 200: ProcedureVersionDetail, ...errors },
      },
    },
    async (request) => publishVersion(db, request.params.id, request.params.version, officerOf(request).id),
  );

  app.post(
    "/api/admin/catalog/procedures/:id/unpublish",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Withdraw a procedure from the public catalog",
        params: ProcedureIdParams,
        response: { 200: UnpublishResult, ...errors },
      },
    },
    async (request) => unpublishProcedure(db, request.params.id),
  );

  app.get(
    "/api/admin/catalog/export",
    {
      config: { access: READ },
      schema: {
        tags: ["catalog"],
        summary: "Export the published catalog as an import file (CFG-1)",
        response: { 200: CatalogFile, ...errors },
      },
    },
    async (_request, reply) => {
      const file = await exportCatalog(db);
      const day = file.exportedAt?.slice(0, 10).replaceAll("-", "") ?? "";
      reply.header("content-disposition", `attachment; filename="motcua-catalog-${day}.json"`);
      return file;
    },
  );

  app.post(
    "/api/admin/catalog/import",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: MANAGE },
      schema: {
        tags: ["catalog"],
        summary: "Import procedures (CFG-1): all or nothing, with a report; dryRun=true only checks",
        querystring: CatalogImportQuery,
        body: CatalogImportRequest,
        response: { 200: ImportReport, ...errors, 422: ImportRejected },
      },
    },
    async (request, reply) => {
      const report = await importCatalog(db, request.body, {
        officerId: officerOf(request).id,
        dryRun: request.query.dryRun === "true",
      });
      request.audit = {
        detail: {
          dryRun: report.dryRun,
          added: report.added.length,
          changed: report.changed.length,
          unchanged: report.unchanged.length,
          rejected: report.rejected.length,
        },
      };
      if (report.rejected.length === 0) return report;
      const count = report.rejected.length;
      return reply
        .status(422)
        .type("application/problem+json")
        .send({
          ...problem(
            422,
            "CATALOG_IMPORT_REJECTED",
            `Không nhập được: ${count} thủ tục có lỗi; danh mục không thay đổi. Sửa các lỗi dưới đây rồi nhập lại.`,
            {
              instance: request.url.split("?")[0],
              rule: "CFG-1",
              errors: report.rejected.flatMap((r) => r.errors),
            },
          ),
          report,
        });
    },
  );
};
