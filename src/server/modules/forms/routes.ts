import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AddressUnits,
  AddressUnitsQuery,
  FormDraftCreate,
  FormDraftUpdate,
  FormOverview,
  FormOverviewQuery,
  FormProcedureParams,
  FormVersionDetail,
  FormVersionList,
  FormVersionParams,
  IssuesProblem,
  PublishedForm,
  SubmissionCheckResult,
  ValidateFormBody,
  ValidateFormQuery,
} from "../../../contracts/forms.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { createFormDraft } from "./create-form-draft.ts";
import { discardFormDraft } from "./discard-form-draft.ts";
import { versionNotFound } from "./form-store.ts";
import { getFormVersion } from "./get-form-version.ts";
import { getPublishedForm } from "./get-published-form.ts";
import { listAddressUnits } from "./list-address-units.ts";
import { listFormVersions } from "./list-form-versions.ts";
import { listForms } from "./list-forms.ts";
import { publishFormVersion } from "./publish-form-version.ts";
import { updateFormDraft } from "./update-form-draft.ts";
import { validateFormData } from "./validate-form-data.ts";

/** Forms belong to procedures, which are province-wide: only roles scoped to the root agency cover them. */
const PROVINCE_WIDE = () => null;
const MANAGE = officerAccess("forms.manage", PROVINCE_WIDE);
const READ = officerAccess("forms.read", PROVINCE_WIDE);

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: IssuesProblem };

export const formRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // ---------------------------------------------------------------------------------- public

  app.get(
    "/api/forms/procedures/:procedureId",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["forms"],
        summary: "The published e-form of a procedure (CFG-2)",
        params: FormProcedureParams,
        response: { 200: PublishedForm, ...errors },
      },
    },
    async (request) => getPublishedForm(db, request.params.procedureId),
  );

  app.post(
    "/api/forms/procedures/:procedureId/validate",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["forms"],
        summary: "Check filled-in data against the e-form, exactly as the browser does (CFG-2, REC-4)",
        params: FormProcedureParams,
        querystring: ValidateFormQuery,
        body: ValidateFormBody,
        response: { 200: SubmissionCheckResult, ...errors },
      },
    },
    async (request) =>
      validateFormData(db, request.params.procedureId, request.body.data, request.query.version, Date.now()),
  );

  app.get(
    "/api/forms/address-units",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["forms"],
        summary: "Provinces, and the communes of a province, for address fields (two-tier, from 01/7/2025)",
        querystring: AddressUnitsQuery,
        response: { 200: AddressUnits, ...errors },
      },
    },
    async (request) => listAddressUnits(db, request.query.provinceCode),
  );

  // ----------------------------------------------------------------------------------- admin

  app.get(
    "/api/admin/forms",
    {
      config: { access: READ },
      schema: {
        tags: ["forms"],
        summary: "Published procedures with the state of their e-form; missing=true lists the CFG-2 gaps",
        querystring: FormOverviewQuery,
        response: { 200: FormOverview, ...errors },
      },
    },
    async (request) => listForms(db, request.query),
  );

  app.get(
    "/api/admin/forms/procedures/:procedureId/versions",
    {
      config: { access: READ },
      schema: {
        tags: ["forms"],
        summary: "The versions of a procedure's e-form",
        params: FormProcedureParams,
        response: { 200: FormVersionList, ...errors },
      },
    },
    async (request) => listFormVersions(db, request.params.procedureId),
  );

  app.post(
    "/api/admin/forms/procedures/:procedureId/versions",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["forms"],
        summary: "Start a new version of the e-form as a draft (a bad definition: 422 with paths)",
        params: FormProcedureParams,
        body: FormDraftCreate,
        response: { 201: FormVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createFormDraft(
        db,
        request.params.procedureId,
        request.body.definition,
        officerOf(request).id,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api/admin/forms/procedures/:procedureId/versions/:version",
    {
      config: { access: READ },
      schema: {
        tags: ["forms"],
        summary: "One version of the e-form, whatever its status",
        params: FormVersionParams,
        response: { 200: FormVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, version } = request.params;
      const detail = await getFormVersion(db, procedureId, version);
      if (!detail) throw versionNotFound(version);
      return detail;
    },
  );

  app.put(
    "/api/admin/forms/procedures/:procedureId/versions/:version",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["forms"],
        summary: "Replace the definition of a draft (names the revision it was edited from)",
        params: FormVersionParams,
        body: FormDraftUpdate,
        response: { 200: FormVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, version } = request.params;
      const { definition, revision } = request.body;
      return updateFormDraft(db, procedureId, version, definition, revision, officerOf(request).id);
    },
  );

  app.delete(
    "/api/admin/forms/procedures/:procedureId/versions/:version",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["forms"],
        summary: "Discard a draft (published versions are kept forever)",
        params: FormVersionParams,
        response: { 204: z.null().describe("Discarded"), ...errors },
      },
    },
    async (request, reply) => {
      await discardFormDraft(db, request.params.procedureId, request.params.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/forms/procedures/:procedureId/versions/:version/publish",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["forms"],
        summary: "Publish a draft; the version published until now is retired",
        params: FormVersionParams,
        response: { 200: FormVersionDetail, ...errors },
      },
    },
    async (request) =>
      publishFormVersion(db, request.params.procedureId, request.params.version, officerOf(request).id),
  );
};
