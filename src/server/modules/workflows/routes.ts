import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Problem } from "../../../contracts/problem.ts";
import {
  ApproveWorkflow,
  IssuesProblem,
  PublicWorkflowQuery,
  PublicWorkflows,
  ReturnWorkflow,
  WorkflowDraftCreate,
  WorkflowDraftUpdate,
  WorkflowList,
  WorkflowListQuery,
  WorkflowParams,
  WorkflowVersionDetail,
  WorkflowVersionList,
  WorkflowVersionParams,
} from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { approveWorkflowVersion } from "./approve-workflow-version.ts";
import { createWorkflowDraft } from "./create-workflow-draft.ts";
import { discardWorkflowDraft } from "./discard-workflow-draft.ts";
import { getPublicWorkflows } from "./get-public-workflows.ts";
import { getWorkflowVersionDetail } from "./get-workflow-version.ts";
import { listWorkflowVersions } from "./list-workflow-versions.ts";
import { listWorkflows } from "./list-workflows.ts";
import { returnWorkflowVersion } from "./return-workflow-version.ts";
import { submitWorkflowVersion } from "./submit-workflow-version.ts";
import { updateWorkflowDraft } from "./update-workflow-draft.ts";

/** A workflow belongs to the agency in its path: roles are checked over that agency (PRC-9). */
const workflowAgency = (request: FastifyRequest) =>
  (request.params as { agencyId?: string }).agencyId ?? null;
const READ = officerAccess("workflows.read", workflowAgency);
const EDIT = officerAccess("workflows.edit", workflowAgency);
const APPROVE = officerAccess("workflows.approve", workflowAgency);

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: IssuesProblem };
const VERSIONS = "/api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions";

export const workflowRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/workflows/procedures/:procedureId",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["workflows"],
        summary: "The electronic workflows in use for a procedure: steps, units and durations (PRC-1)",
        params: z.object({ procedureId: z.string().max(64) }),
        querystring: PublicWorkflowQuery,
        response: { 200: PublicWorkflows, ...errors },
      },
    },
    async (request) => getPublicWorkflows(db, request.params.procedureId, request.query.agencyId, Date.now()),
  );

  app.get(
    "/api/admin/workflows",
    {
      config: { access: officerAccess("workflows.read", agencyIdInRequest) },
      schema: {
        tags: ["workflows"],
        summary: "Workflows of an agency (awaitingApproval=true: the approver's inbox)",
        querystring: WorkflowListQuery,
        response: { 200: WorkflowList, ...errors },
      },
    },
    async (request) => listWorkflows(db, request.query, Date.now()),
  );

  app.get(
    VERSIONS,
    {
      config: { access: READ },
      schema: {
        tags: ["workflows"],
        summary: "The versions of the workflow of a procedure at an agency",
        params: WorkflowParams,
        response: { 200: WorkflowVersionList, ...errors },
      },
    },
    async (request) =>
      listWorkflowVersions(db, request.params.procedureId, request.params.agencyId, Date.now()),
  );

  app.post(
    VERSIONS,
    {
      config: { access: EDIT },
      schema: {
        tags: ["workflows"],
        summary: "Start a new version as a draft (steps longer than the statutory time: 422, PRC-1)",
        params: WorkflowParams,
        body: WorkflowDraftCreate,
        response: { 201: WorkflowVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { procedureId, agencyId } = request.params;
      const created = await createWorkflowDraft(
        db,
        procedureId,
        agencyId,
        request.body.definition,
        officerOf(request).id,
        Date.now(),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${VERSIONS}/:version`,
    {
      config: { access: READ },
      schema: {
        tags: ["workflows"],
        summary: "One version in full, with its history",
        params: WorkflowVersionParams,
        response: { 200: WorkflowVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, agencyId, version } = request.params;
      return getWorkflowVersionDetail(db, procedureId, agencyId, version, Date.now());
    },
  );

  app.put(
    `${VERSIONS}/:version`,
    {
      config: { access: EDIT },
      schema: {
        tags: ["workflows"],
        summary: "Replace the steps of a draft (names the revision it was edited from)",
        params: WorkflowVersionParams,
        body: WorkflowDraftUpdate,
        response: { 200: WorkflowVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, agencyId, version } = request.params;
      const { definition, revision } = request.body;
      return updateWorkflowDraft(
        db,
        procedureId,
        agencyId,
        version,
        definition,
        revision,
        officerOf(request).id,
        Date.now(),
      );
    },
  );

  app.delete(
    `${VERSIONS}/:version`,
    {
      config: { access: EDIT },
      schema: {
        tags: ["workflows"],
        summary: "Discard a draft",
        params: WorkflowVersionParams,
        response: { 204: z.null().describe("Discarded"), ...errors },
      },
    },
    async (request, reply) => {
      const { procedureId, agencyId, version } = request.params;
      await discardWorkflowDraft(db, procedureId, agencyId, version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${VERSIONS}/:version/submit`,
    {
      config: { access: EDIT },
      schema: {
        tags: ["workflows"],
        summary: "Submit a draft for approval",
        params: WorkflowVersionParams,
        response: { 200: WorkflowVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, agencyId, version } = request.params;
      return submitWorkflowVersion(db, procedureId, agencyId, version, officerOf(request).id, Date.now());
    },
  );

  app.post(
    `${VERSIONS}/:version/return`,
    {
      config: { access: APPROVE },
      schema: {
        tags: ["workflows"],
        summary: "Send a submitted version back to its authors, with the reason",
        params: WorkflowVersionParams,
        body: ReturnWorkflow,
        response: { 200: WorkflowVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, agencyId, version } = request.params;
      return returnWorkflowVersion(
        db,
        procedureId,
        agencyId,
        version,
        request.body.reason,
        officerOf(request).id,
        Date.now(),
      );
    },
  );

  app.post(
    `${VERSIONS}/:version/approve`,
    {
      config: { access: APPROVE },
      schema: {
        tags: ["workflows"],
        summary:
          "Approve a submitted version (by another officer than its authors); in use from effectiveFrom",
        params: WorkflowVersionParams,
        body: ApproveWorkflow.nullish(),
        response: { 200: WorkflowVersionDetail, ...errors },
      },
    },
    async (request) => {
      const { procedureId, agencyId, version } = request.params;
      return approveWorkflowVersion(
        db,
        procedureId,
        agencyId,
        version,
        request.body ?? {},
        officerOf(request).id,
        Date.now(),
      );
    },
  );
};
