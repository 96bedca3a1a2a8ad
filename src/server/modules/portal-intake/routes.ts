import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  DiscardPortalSubmission,
  INTAKE_PATH,
  PortalIntakeAnswer,
  PortalSubmissionList,
  PortalSubmissionListQuery,
  PortalSubmissionParams,
  PortalSubmissionResolved,
} from "../../../contracts/portal-intake.ts";
import { Problem } from "../../../contracts/problem.ts";
import { NATIONAL_PORTAL_JOB } from "../../../domain/dossier/index.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, PUBLIC } from "../../http/access.ts";
import { AppError } from "../../http/problem.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { listPortalSubmissions } from "./list-portal-submissions.ts";
import { type IntakeOutcome, receivePortalSubmission } from "./receive-portal-submission.ts";
import { resolvePortalSubmission } from "./resolve-portal-submission.ts";
import { intakeSettingsOf } from "./start-portal-intake.ts";

/** Where the national portal pushes its submissions (the simulator's mount.ts points here). */

/** Province-wide, like the integrations' messages: only a root-scoped role sees and resolves them. */
const READ = officerAccess("integrations.read", () => null);
const MANAGE = officerAccess("integrations.manage", () => null);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

const UNAUTHORIZED = new AppError(
  401,
  "PORTAL_INTAKE_UNAUTHORIZED",
  "Thiếu hoặc sai mã xác thực của Cổng DVCQG (authorization: Bearer …).",
);
const IN_PROGRESS = new AppError(
  409,
  "PORTAL_SUBMISSION_IN_PROGRESS",
  "Hồ sơ này đang được tiếp nhận; hãy gửi lại sau ít phút để biết kết quả.",
);

export type PortalIntakeRoutesConfig = Pick<
  Config,
  "NATIONAL_CODE_PATTERN" | "NATIONAL_PORTAL_TIMEOUT_MS" | "NATIONAL_PORTAL_INTAKE_TOKEN"
>;

/**
 * REC-10: the national portal pushes each submission here (a bearer token, compared in constant
 * time); the provincial office lists what is parked and retries or discards it (audited). Mounted
 * by app.ts only when NATIONAL_PORTAL_ENABLED.
 */
export const portalIntakeRoutes: FastifyPluginAsyncZod<{
  db: Db;
  config: PortalIntakeRoutesConfig;
  clock?: Clock | undefined;
}> = async (app, { db, config, clock = systemClock }) => {
  const settings = intakeSettingsOf(config, app.log);
  const expectedToken = digest(config.NATIONAL_PORTAL_INTAKE_TOKEN);

  await app.register(async (push) => {
    // The body is read as bytes and parsed here: a body that is not JSON, or holds text
    // PostgreSQL cannot store, is still recorded and parked (INTAKE_MALFORMED), never refused unseen.
    push.removeContentTypeParser("application/json");
    push.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
    push.post(
      INTAKE_PATH,
      {
        config: { access: PUBLIC },
        onRequest: async (request) => authenticatePortal(request, expectedToken),
        schema: {
          tags: ["integrations"],
          summary: "The national portal delivers a dossier submitted there (REC-10; bearer token)",
          response: { 200: PortalIntakeAnswer, 202: PortalIntakeAnswer, ...errors },
        },
      },
      async (request, reply) => {
        const outcome = await receivePortalSubmission(
          db,
          clock,
          settings,
          submittedBody(request.body),
          "push",
        );
        if (outcome.status === "pending") throw IN_PROGRESS;
        // Pushes are few: no kept-alive connection, so a shutdown never waits for an idle one
        // that a push answered during the shutdown left open.
        reply.header("connection", "close");
        return reply.status(outcome.status === "parked" ? 202 : 200).send(answerOf(outcome));
      },
    );
  });

  app.get(
    "/api/admin/integrations/portal-submissions",
    {
      config: { access: READ },
      schema: {
        tags: ["integrations"],
        summary: "Dossiers received from the national portal that are parked or in processing",
        querystring: PortalSubmissionListQuery,
        response: { 200: PortalSubmissionList, ...errors },
      },
    },
    async (request) => listPortalSubmissions(db, request.query.status),
  );

  app.post(
    "/api/admin/integrations/portal-submissions/:code/retry",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["integrations"],
        summary: "Take in a parked national-portal submission again (audited)",
        params: PortalSubmissionParams,
        response: { 200: PortalSubmissionResolved, ...errors },
      },
    },
    async (request) => resolvePortalSubmission(db, clock, settings, request.params.code, { action: "retry" }),
  );

  app.post(
    "/api/admin/integrations/portal-submissions/:code/discard",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["integrations"],
        summary: "Discard a parked national-portal submission with a reason (audited)",
        params: PortalSubmissionParams,
        body: DiscardPortalSubmission,
        response: { 200: PortalSubmissionResolved, ...errors },
      },
    },
    async (request) =>
      resolvePortalSubmission(db, clock, settings, request.params.code, {
        action: "discard",
        reason: request.body.reason,
      }),
  );
};

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/**
 * The bearer token, compared in constant time (digests of equal length); the request is then
 * audited as the portal integration (a system actor), in the audit scope of its changes.
 */
async function authenticatePortal(request: FastifyRequest, expected: Buffer): Promise<void> {
  const header = request.headers.authorization ?? "";
  const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? "";
  if (!timingSafeEqual(digest(given), expected)) throw UNAUTHORIZED;
  request.audit = {
    ...request.audit,
    actor: { kind: "system", id: null, name: NATIONAL_PORTAL_JOB },
    objectType: "portal_submission",
  };
}

/** The parsed JSON body, or its text when it is not JSON (recorded as it is, then parked). */
function submittedBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body)) return body ?? null;
  const text = body.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function answerOf(outcome: Exclude<IntakeOutcome, { status: "pending" }>): PortalIntakeAnswer {
  switch (outcome.status) {
    case "received":
      return {
        error_code: "0",
        status: "received",
        MaHoSo: outcome.dossierCode,
        message: `Đã tiếp nhận hồ sơ, mã hồ sơ ${outcome.dossierCode}.`,
      };
    case "parked":
      return { error_code: "0", status: "parked", reasonCode: outcome.reasonCode, message: outcome.reason };
    case "discarded":
      return {
        error_code: "0",
        status: "discarded",
        message: `Hồ sơ đã bị hủy tại cơ quan tiếp nhận: ${outcome.reason}`,
      };
  }
}
