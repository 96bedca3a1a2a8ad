import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DraftList,
  DraftParams,
  OnlineDraft,
  PrefillQuery,
  PrefillResponse,
  SaveDraftRequest,
} from "../../../contracts/online-drafts.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import type { RouteAccess } from "../../http/access.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { deleteDraft } from "./discard-draft.ts";
import { listDrafts } from "./list-drafts.ts";
import { prefillForm } from "./prefill-form.ts";
import { readDraft } from "./read-draft.ts";
import { saveDraft } from "./save-draft.ts";

const CITIZEN: RouteAccess = { kind: "citizen" };
const tags = ["citizen dossiers"];
const errors = { 400: Problem, 401: Problem, 404: Problem };

/**
 * REC-4 (issue #14): online drafts saved on the server, resumable on another device; REC-5 and
 * SEC-5: pre-fill with consent. Every route serves the session's citizen, never another's (404).
 */
export const onlineDraftRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const citizenIdOf = async (request: Parameters<typeof requireCitizen>[1]) =>
    (await requireCitizen(db, request)).id;

  app.get(
    "/api/citizen/drafts",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "The citizen's online drafts (“Hồ sơ đang soạn”)",
        response: { 200: DraftList, ...errors },
      },
    },
    async (request) => listDrafts(db, await citizenIdOf(request)),
  );

  app.get(
    "/api/citizen/drafts/:procedureId",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "The citizen's draft for a procedure, to resume; 404 DRAFT_NOT_FOUND when there is none",
        params: DraftParams,
        response: { 200: OnlineDraft, ...errors },
      },
    },
    async (request, reply) => {
      const draft = await readDraft(db, await citizenIdOf(request), request.params.procedureId);
      return reply.header("cache-control", "no-store").send(draft);
    },
  );

  app.put(
    "/api/citizen/drafts/:procedureId",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary:
          "Save the draft as it is now (REC-4). 413 DRAFT_TOO_LARGE for answers too long; 409 DRAFT_ALREADY_SUBMITTED once its key made a dossier",
        params: DraftParams,
        body: SaveDraftRequest,
        response: { 204: z.null(), ...errors, 409: Problem, 413: Problem },
      },
    },
    async (request, reply) => {
      await saveDraft(db, await citizenIdOf(request), request.params.procedureId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/api/citizen/drafts/:procedureId",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "Delete the citizen's draft",
        params: DraftParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteDraft(db, await citizenIdOf(request), request.params.procedureId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/citizen/prefill",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary:
          "REC-5, SEC-5: values for the fields the procedure's e-form marks for pre-fill, only with the citizen's prefill_forms consent",
        querystring: PrefillQuery,
        response: { 200: PrefillResponse, ...errors },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(db, request);
      const prefill = await prefillForm(db, citizen, request.query.procedureId);
      return reply.header("cache-control", "no-store").send(prefill);
    },
  );
};
