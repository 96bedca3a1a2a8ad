import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Problem } from "../../../contracts/problem.ts";
import {
  AnswerFeedbackBody,
  CitizenFeedbackList,
  DossierRating,
  FeedbackIdParams,
  FeedbackListQuery,
  FeedbackReceipt,
  OfficerFeedback,
  OfficerFeedbackList,
  PublicFeedbackList,
  PublicSatisfaction,
  RateDossierBody,
  SubmitFeedbackBody,
} from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { AppError } from "../../http/problem.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { answerFeedback } from "./answer-feedback.ts";
import { getDossierRating } from "./get-dossier-rating.ts";
import { getPublicSatisfaction } from "./get-public-satisfaction.ts";
import { listAgencyFeedback } from "./list-agency-feedback.ts";
import { listCitizenFeedback } from "./list-citizen-feedback.ts";
import { listPublishedFeedback } from "./list-published-feedback.ts";
import { rateDossier } from "./rate-dossier.ts";
import { submitFeedback } from "./submit-feedback.ts";

const CITIZEN = { kind: "citizen" } as const;
const HANDLE = officerAccess("feedback.handle", agencyIdInRequest);
const DossierParams = z.object({ dossierId: z.string() });

/**
 * SAT-1..3 (issue 14): ratings of finished dossiers by their applicants and their public
 * aggregates; feedback and petitions, sent by anyone, answered by the agency's officers.
 */
export const satisfactionRoutes: FastifyPluginAsyncZod<{ db: Db; clock?: Clock }> = async (
  app,
  { db, clock = systemClock },
) => {
  app.get(
    "/api/citizen/dossiers/:dossierId/rating",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["satisfaction"],
        summary: "Whether one's own dossier can be rated, and its rating (SAT-1; another's: 404)",
        params: DossierParams,
        response: { 200: DossierRating, 401: Problem, 404: Problem },
      },
    },
    async (request) => getDossierRating(db, await requireCitizen(db, request), request.params.dossierId),
  );

  app.post(
    "/api/citizen/dossiers/:dossierId/rating",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["satisfaction"],
        summary:
          "Rate one's own dossier once, after the result or a refusal (SAT-1): 409 RATING_NOT_YET_ALLOWED before, RATING_ALREADY_GIVEN a second time",
        params: DossierParams,
        body: RateDossierBody,
        response: { 200: DossierRating, 400: Problem, 401: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) =>
      rateDossier(db, await requireCitizen(db, request), request.params.dossierId, request.body, clock()),
  );

  app.get(
    "/api/public/satisfaction",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["satisfaction"],
        summary:
          "Ratings aggregated per agency and per one-stop officer (SAT-2): counts only, no personal data",
        response: { 200: PublicSatisfaction },
      },
    },
    async () => getPublicSatisfaction(db),
  );

  app.post(
    "/api/public/feedback",
    {
      // SEC-6: an anonymous write, limited per source as the public look-up is.
      config: { access: PUBLIC, rateLimit: "lookup" },
      schema: {
        tags: ["satisfaction"],
        summary:
          "Send a feedback or petition to an agency (SAT-3): signed in, or with a name and a phone or e-mail (400 FEEDBACK_CONTACT_REQUIRED); due in 10 working days",
        body: SubmitFeedbackBody,
        response: { 201: FeedbackReceipt, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const citizen = await optionalCitizen(db, request);
      const receipt = await submitFeedback(db, citizen, request.body, clock());
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    "/api/public/feedback",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["satisfaction"],
        summary: "Published answers to feedback and petitions (SAT-3), without the senders",
        response: { 200: PublicFeedbackList },
      },
    },
    async () => listPublishedFeedback(db),
  );

  app.get(
    "/api/citizen/feedback",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["satisfaction"],
        summary: "One's own feedback and petitions with their answers (SAT-3)",
        response: { 200: CitizenFeedbackList, 401: Problem },
      },
    },
    async (request) => listCitizenFeedback(db, await requireCitizen(db, request)),
  );

  app.get(
    "/api/feedback",
    {
      config: { access: HANDLE },
      schema: {
        tags: ["satisfaction"],
        summary: "Feedback and petitions of an agency's subtree, with their due and whether overdue (SAT-3)",
        querystring: FeedbackListQuery,
        response: { 200: OfficerFeedbackList, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listAgencyFeedback(db, request.query, clock()),
  );

  app.post(
    "/api/feedback/:feedbackId/answer",
    {
      config: { access: HANDLE },
      schema: {
        tags: ["satisfaction"],
        summary:
          "Answer a feedback of one's agency once, published or not (SAT-3); another agency's: 403 FEEDBACK_OTHER_AGENCY",
        params: FeedbackIdParams,
        body: AnswerFeedbackBody,
        response: {
          200: OfficerFeedback,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request) =>
      answerFeedback(db, officerOf(request), request.params.feedbackId, request.body, clock()),
  );
};

/** The signed-in citizen, or null for an anonymous sender. */
async function optionalCitizen(db: Db, request: Parameters<typeof requireCitizen>[1]) {
  try {
    return await requireCitizen(db, request);
  } catch (error) {
    if (error instanceof AppError && error.status === 401) return null;
    throw error;
  }
}
