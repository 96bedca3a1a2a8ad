import type { FastifyError, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import {
  CitizenSupplementRequest,
  CitizenWithdrawalRequest,
} from "../../../contracts/citizen-dossier-actions.ts";
import {
  CitizenDossierList,
  CitizenDossierListQuery,
  CitizenDossierView,
  DOSSIER_COMMANDS,
  DossierAssignees,
  DossierCodeParams,
  DossierFileParams,
  DossierParams,
  DossierView,
  dossierCommandPath,
  FileUploadQuery,
  InboxCounts,
  InboxPage,
  InboxQuery,
  PublicDossierLookup,
  ReceiveDossierRequest,
  ReceptionResult,
  StoredFileInfo,
  SubmitOnlineRequest,
} from "../../../contracts/dossiers.ts";
import { IssuesProblem } from "../../../contracts/forms.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { sendFile } from "../../http/send-file.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { requestWithdrawalOnline, supplementOnline } from "./act-as-applicant.ts";
import { actOnDossier } from "./act-on-dossier.ts";
import { readCitizenDossierFile } from "./citizen-dossier-file.ts";
import { getCitizenDossier, listCitizenDossiers } from "./citizen-dossiers.ts";
import { requireCitizenPortalOpen } from "./citizen-portal-switch.ts";
import { type Clock, systemClock } from "./clock.ts";
import { COMMAND_TABLE, COMMAND_TYPES } from "./command-table.ts";
import { loadDossierView } from "./dossier-view.ts";
import { idempotencyKeyOf } from "./idempotency.ts";
import { listAssignees } from "./list-assignees.ts";
import { countInbox, listInbox } from "./list-inbox.ts";
import { lookupDossier } from "./lookup-dossier.ts";
import { dossierAgencyOf } from "./officer-seats.ts";
import { receiveDossier } from "./receive-dossier.ts";
import {
  fileTooLargeError,
  MAX_FILE_BYTES,
  readDossierFile,
  storeFile,
  UPLOAD_CONTENT_TYPES,
  type UploadQuota,
} from "./store-file.ts";
import { submitDossierOnline } from "./submit-dossier-online.ts";

const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  413: Problem,
  415: Problem,
  422: IssuesProblem,
};
const CITIZEN = { kind: "citizen" } as const;
const READ = officerAccess("dossiers.read", dossierAgencyOf);

const IDEMPOTENCY_HEADER = {
  description:
    "Optional Idempotency-Key: a repeat of the same request by the same caller gets the first answer and changes nothing.",
};

/**
 * Dossiers over HTTP (thin: parse, authorize, call the use case). Officers' routes are scoped by
 * the dossier's agencies (officer-seats.ts); citizens reach only their own dossiers; the lookup by
 * code is public and masked (CODE-3).
 */
export const dossierRoutes: FastifyPluginAsyncZod<{
  db: Db;
  clock?: Clock | undefined;
  uploads: UploadQuota;
  /** CITIZEN_PORTAL_ENABLED: false refuses online submissions here (409 CITIZEN_PORTAL_DISABLED). */
  citizenPortalEnabled?: boolean;
}> = async (app, { db, clock = systemClock, uploads, citizenPortalEnabled = true }) => {
  // Uploads arrive as the raw file; what they are is decided by their content (store-file.ts).
  for (const type of UPLOAD_CONTENT_TYPES) {
    app.addContentTypeParser(type, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  }

  app.post(
    "/api/dossiers",
    {
      config: { access: officerAccess("dossiers.one_stop", agencyIdInRequest) },
      schema: {
        tags: ["dossiers"],
        summary:
          "Receive a dossier at the counter or by post (REC-2): complete or refused → 201 with the dossier and its code (CODE-1); not competent or incomplete → 200 with the slip to print, no dossier",
        description: IDEMPOTENCY_HEADER.description,
        body: ReceiveDossierRequest,
        response: { 200: ReceptionResult, 201: ReceptionResult, ...errors },
      },
    },
    async (request, reply) => {
      const officer = officerOf(request);
      const result = await receiveDossier(
        db,
        clock,
        officer,
        request.body,
        idempotencyKeyOf(request, `officer:${officer.id}`),
      );
      // A received dossier's record (SEC-4: with a late entry's real time) committed with it
      // (dossier-store.ts); a slip changes nothing and is audited as the answer leaves.
      if (result.body.kind === "slip") {
        request.audit = { ...request.audit, objectType: "dossier", detail: { slip: result.body.slip.kind } };
      }
      return reply.status(result.status).send(result.body);
    },
  );

  app.get(
    "/api/dossiers/:dossierId",
    {
      config: { access: READ },
      schema: {
        tags: ["dossiers"],
        summary:
          "A dossier: applicant, components, deadline clock, timeline and the commands allowed to the caller",
        params: DossierParams,
        response: { 200: DossierView, ...errors },
      },
    },
    async (request) => loadDossierView(db, request.params.dossierId, officerOf(request).id, clock()),
  );

  app.get(
    "/api/dossiers/:dossierId/assignees",
    {
      config: { access: officerAccess("dossiers.assign", dossierAgencyOf) },
      schema: {
        tags: ["dossiers"],
        summary:
          "Who may be assigned the dossier's current step (PRC-9): active officers holding the step's role over its unit; names and usernames only",
        params: DossierParams,
        response: { 200: DossierAssignees, ...errors },
      },
    },
    async (request) => listAssignees(db, request.params.dossierId),
  );

  for (const type of COMMAND_TYPES) {
    const spec = COMMAND_TABLE[type];
    const body = DOSSIER_COMMANDS[type].body as z.ZodType<{ expectedVersion: number }>;
    app.post(
      dossierCommandPath(type),
      {
        config: { access: officerAccess(spec.permission, dossierAgencyOf) },
        schema: {
          tags: ["dossier commands"],
          summary: `${DOSSIER_COMMANDS[type].label} (${type})`,
          description: `The lifecycle command \`${type}\`. 409 DOSSIER_VERSION_CONFLICT when expectedVersion is not the current version; 422 with the rule when the lifecycle refuses. ${IDEMPOTENCY_HEADER.description}`,
          params: DossierParams,
          body,
          response: { 200: DossierView, ...errors },
        },
      },
      async (request) => {
        const officer = officerOf(request);
        request.audit = { ...request.audit, objectType: "dossier", detail: { command: type } };
        return actOnDossier(db, clock, {
          officer,
          dossierId: request.params.dossierId,
          command: type,
          body: request.body as never,
          idempotency: idempotencyKeyOf(request, `officer:${officer.id}`),
        });
      },
    );
  }

  app.get(
    "/api/dossiers/:dossierId/files/:fileId",
    {
      config: { access: READ },
      schema: {
        tags: ["dossiers"],
        summary: "A file attached to the dossier (components, result, consultation letters)",
        params: DossierFileParams,
        response: { 404: Problem, 401: Problem, 403: Problem, 400: Problem },
      },
    },
    async (request, reply) => {
      const file = await readDossierFile(db, request.params.dossierId, request.params.fileId);
      return sendFile(reply, {
        content: file.content,
        type: file.mime,
        name: file.file_name ?? file.id,
        disposition: "inline",
      });
    },
  );

  app.post(
    "/api/files",
    {
      bodyLimit: MAX_FILE_BYTES,
      errorHandler: fileTooLarge,
      config: { access: officerAccess("dossiers.upload"), rateLimit: "upload" },
      schema: {
        tags: ["dossiers"],
        summary:
          "Upload a file (PDF, JPEG or PNG, checked by content; at most 10 MB) to attach to a dossier command; the body is the file. 429 UPLOAD_QUOTA_EXCEEDED when the officer has too many uploads not yet attached. 415 FILE_CONTENT_MISMATCH when the Content-Type or the name's extension says another type; 422 FILE_PDF_MALFORMED for a broken PDF; a PDF's digital signature is checked and answered in `signature` (REC-4)",
        querystring: FileUploadQuery,
        response: { 201: StoredFileInfo, ...errors, 429: Problem },
      },
    },
    async (request, reply) => {
      const officer = officerOf(request);
      const stored = await storeFile(db, request.body, request.query.name, `officer:${officer.id}`, uploads, {
        contentType: request.headers["content-type"],
      });
      request.audit = {
        ...request.audit,
        objectType: "file",
        objectId: stored.id,
        detail: { mime: stored.mime },
      };
      return reply.status(201).send(stored);
    },
  );

  app.get(
    "/api/inbox",
    {
      config: { access: officerAccess("dossiers.read") },
      schema: {
        tags: ["dossiers"],
        summary: "The signed-in officer's inbox, one box at a time (REC-3, PRC-9), nearest due first",
        querystring: InboxQuery,
        response: { 200: InboxPage, ...errors },
      },
    },
    async (request) => listInbox(db, officerOf(request), request.query, clock()),
  );

  app.get(
    "/api/inbox/counts",
    {
      config: { access: officerAccess("dossiers.read") },
      schema: {
        tags: ["dossiers"],
        summary: "How many dossiers are in each box of the signed-in officer's inbox",
        response: { 200: InboxCounts, ...errors },
      },
    },
    async (request) => countInbox(db, officerOf(request), clock()),
  );

  app.get(
    "/api/public/dossiers/:code",
    {
      config: { access: PUBLIC, rateLimit: "lookup" },
      schema: {
        tags: ["dossiers"],
        summary:
          "Where a dossier stands, by its code (CODE-3, LKP-1): personal data masked; look-ups are limited per source (SEC-6)",
        params: DossierCodeParams,
        response: { 200: PublicDossierLookup, ...errors, 429: Problem },
      },
    },
    async (request) => lookupDossier(db, request.params.code, clock()),
  );

  const citizenOf = (request: FastifyRequest) => requireCitizen(db, request);

  app.get(
    "/api/citizen/dossiers",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary: "The signed-in citizen's own dossiers, newest first",
        querystring: CitizenDossierListQuery,
        response: { 200: CitizenDossierList, ...errors },
      },
    },
    async (request) =>
      listCitizenDossiers(db, await citizenOf(request), request.query.page, request.query.pageSize),
  );

  app.get(
    "/api/citizen/dossiers/:dossierId",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary: "One of the citizen's own dossiers (another's: 404)",
        params: DossierParams,
        response: { 200: CitizenDossierView, ...errors },
      },
    },
    async (request) => getCitizenDossier(db, await citizenOf(request), request.params.dossierId, clock()),
  );

  app.get(
    "/api/citizen/dossiers/:dossierId/files/:fileId",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary:
          "A file of the citizen's own dossier: what they handed in, and the electronic result once returned (RES-3)",
        params: DossierFileParams,
        response: { 404: Problem, 401: Problem, 400: Problem },
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const file = await readCitizenDossierFile(db, citizen, request.params.dossierId, request.params.fileId);
      return sendFile(reply, {
        content: file.content,
        type: file.mime,
        name: file.file_name ?? file.id,
        disposition: "inline",
      });
    },
  );

  app.post(
    "/api/citizen/dossiers",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary:
          "Submit a dossier online (REC-4): e-form checked, required components uploaded (several files per component allowed); it waits for acceptance (REC-3). 409 CITIZEN_PORTAL_DISABLED when this deployment's citizen portal is off",
        description: IDEMPOTENCY_HEADER.description,
        body: SubmitOnlineRequest,
        response: { 201: CitizenDossierView, ...errors },
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      requireCitizenPortalOpen(citizenPortalEnabled);
      const view = await submitDossierOnline(
        db,
        clock,
        citizen,
        request.body,
        idempotencyKeyOf(request, `citizen:${citizen.id}`),
      );
      return reply.status(201).send(view);
    },
  );

  // REC-8, WDR-1: the applicant acts on their own dossier; open even when CITIZEN_PORTAL_ENABLED is
  // false (act-as-applicant.ts says why).
  app.post(
    "/api/citizen/dossiers/:dossierId/supplement",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary:
          "Answer the agency's request for a supplement online (REC-8; after PRC-5 the processing time restarts, after PRC-6 the pause ends): what is supplied and the uploaded files. Another's dossier: 404; wrong status: 422 DOSSIER_STATUS_NOT_ALLOWED",
        description: IDEMPOTENCY_HEADER.description,
        params: DossierParams,
        body: CitizenSupplementRequest,
        response: { 200: CitizenDossierView, ...errors },
      },
    },
    async (request) => {
      const citizen = await citizenOf(request);
      request.audit = { ...request.audit, objectType: "dossier", detail: { command: "receive_supplement" } };
      return supplementOnline(db, clock, {
        citizen,
        dossierId: request.params.dossierId,
        body: request.body,
        idempotency: idempotencyKeyOf(request, `citizen:${citizen.id}`),
      });
    },
  );

  app.post(
    "/api/citizen/dossiers/:dossierId/withdrawal",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["citizen dossiers"],
        summary:
          "Ask online to withdraw the dossier, with a reason (WDR-1); the one-stop forwards it within 0.5 working day (WDR-2). Another's dossier: 404; wrong status: 422 DOSSIER_STATUS_NOT_ALLOWED",
        description: IDEMPOTENCY_HEADER.description,
        params: DossierParams,
        body: CitizenWithdrawalRequest,
        response: { 200: CitizenDossierView, ...errors },
      },
    },
    async (request) => {
      const citizen = await citizenOf(request);
      request.audit = { ...request.audit, objectType: "dossier", detail: { command: "request_withdrawal" } };
      return requestWithdrawalOnline(db, clock, {
        citizen,
        dossierId: request.params.dossierId,
        body: request.body,
        idempotency: idempotencyKeyOf(request, `citizen:${citizen.id}`),
      });
    },
  );

  app.post(
    "/api/citizen/files",
    {
      bodyLimit: MAX_FILE_BYTES,
      errorHandler: fileTooLarge,
      config: { access: CITIZEN, rateLimit: "upload" },
      schema: {
        tags: ["citizen dossiers"],
        summary:
          "Upload a component (PDF, JPEG or PNG, checked by content; at most 10 MB); the body is the file. 429 UPLOAD_QUOTA_EXCEEDED when the citizen has too many uploads not yet attached. 415 FILE_CONTENT_MISMATCH when the Content-Type or the name's extension says another type; 422 FILE_PDF_MALFORMED for a broken PDF; a PDF's digital signature is checked and answered in `signature` (REC-4)",
        querystring: FileUploadQuery,
        response: { 201: StoredFileInfo, ...errors, 429: Problem },
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const stored = await storeFile(db, request.body, request.query.name, `citizen:${citizen.id}`, uploads, {
        contentType: request.headers["content-type"],
      });
      request.audit = {
        ...request.audit,
        objectType: "file",
        objectId: stored.id,
        detail: { mime: stored.mime },
      };
      return reply.status(201).send(stored);
    },
  );
};

/** An upload over the body limit is refused like any file too large (FILE_TOO_LARGE, store-file.ts). */
function fileTooLarge(error: FastifyError): never {
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") throw fileTooLargeError();
  throw error;
}
