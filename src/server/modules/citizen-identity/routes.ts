import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CITIZEN_SIGN_IN_PATH,
  CitizenMeResponse,
  CitizenSignInCallbackQuery,
  CitizenSignInStartQuery,
  ConsentChange,
  ConsentsResponse,
  SIGN_IN_CANCELLED_PARAM,
} from "../../../contracts/citizen.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { PUBLIC, type RouteAccess } from "../../http/access.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { requireCitizen } from "./authenticate.ts";
import { changeConsent } from "./change-consent.ts";
import { completeSignIn, SignInFailed } from "./complete-sign-in.ts";
import { EidClient, eidClientSettings } from "./eid-client.ts";
import { listConsents } from "./list-consents.ts";
import { safeReturnTo } from "./return-to.ts";
import { CITIZEN_SESSION_COOKIE, closeCitizenSession } from "./sessions.ts";
import { SIGN_IN_ERRORS } from "./sign-in-errors.ts";
import { PAGE_HEADERS, signInFailedPage } from "./sign-in-failed-page.ts";
import { SIGN_IN_COOKIE_MAX_AGE, startSignIn } from "./start-sign-in.ts";

export type CitizenIdentityConfig = Pick<
  Config,
  | "PUBLIC_URL"
  | "EID_ISSUER_URL"
  | "EID_CLIENT_ID"
  | "EID_CLIENT_SECRET"
  | "EID_SCOPES"
  | "CITIZEN_SESSION_TTL_HOURS"
>;

/** The browser's pending sign-in (state, nonce, PKCE verifier are in the database, keyed by it). */
const SIGN_IN_COOKIE = "motcua_citizen_signin";
const CITIZEN: RouteAccess = { kind: "citizen" };
const tags = ["citizen"];

/**
 * Citizens and organizations sign in with the national e-ID (ACC-3) as an OpenID Connect relying
 * party, and manage their consents (SEC-5, REC-5). Citizen routes serve the session's citizen only.
 */
export const citizenIdentityRoutes: FastifyPluginAsyncZod<{ db: Db; config: CitizenIdentityConfig }> = async (
  app,
  { db, config },
) => {
  const client = new EidClient(eidClientSettings(config, db));
  const secure = config.PUBLIC_URL.startsWith("https:");
  const sessionCookie = { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
  const signInCookie = { ...sessionCookie, path: "/api/citizen/auth" };

  app.get(
    "/api/citizen/auth/start",
    {
      config: { access: PUBLIC, rateLimit: "eidStart" },
      schema: {
        tags,
        summary: "Start signing in with the national e-ID (VNeID): redirects to the provider",
        querystring: CitizenSignInStartQuery,
        response: { 400: Problem, 429: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      const returnTo = safeReturnTo(request.query.returnTo, config.PUBLIC_URL);
      const canonical = loopbackAlias(request, config.PUBLIC_URL);
      if (canonical) return reply.redirect(canonical, 302);
      const { token, authorizationUrl } = await startSignIn(db, client, returnTo);
      reply.setCookie(SIGN_IN_COOKIE, token, { ...signInCookie, maxAge: SIGN_IN_COOKIE_MAX_AGE });
      return reply.header("cache-control", "no-store").redirect(authorizationUrl, 302);
    },
  );

  app.get(
    "/api/citizen/auth/callback",
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: "Where the e-ID provider returns: opens the citizen session, redirects to returnTo",
        querystring: CitizenSignInCallbackQuery,
        response: { 400: Problem, 403: Problem, 422: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      const signInToken = request.cookies[SIGN_IN_COOKIE];
      reply.clearCookie(SIGN_IN_COOKIE, signInCookie);
      reply.header("cache-control", "no-store");
      try {
        const { sessionToken, returnTo, citizenId, identity } = await completeSignIn(
          db,
          client,
          signInToken,
          request.query,
          {
            ttlHours: config.CITIZEN_SESSION_TTL_HOURS,
            meta: { userAgent: request.headers["user-agent"], ip: request.ip },
          },
          request.log,
        );
        // SEC-2: a sign-in is audited although it is a page load (GET), which the audit hook skips.
        await appendAudit(db, {
          at: new Date(),
          actorKind: "citizen",
          actorId: citizenId,
          actorName: identity.fullName,
          actorRoles: [],
          actorAgencyId: null,
          action: "citizen.sign_in",
          objectType: "citizen",
          objectId: citizenId,
          outcome: "success",
          status: 303,
          detail: { identityLevel: identity.identityLevel, kind: identity.kind },
          ip: request.ip,
          userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
          requestId: request.id,
        });
        reply.setCookie(CITIZEN_SESSION_COOKIE, sessionToken, {
          ...sessionCookie,
          maxAge: Math.round(config.CITIZEN_SESSION_TTL_HOURS * 3600),
        });
        return reply.redirect(returnTo, 303);
      } catch (error) {
        if (!(error instanceof SignInFailed)) throw error;
        if (!wantsHtml(request)) throw error.reason;
        // Cancelled at the e-ID: back to the portal's sign-in page, which says so in its own style.
        if (error.reason.code === SIGN_IN_ERRORS.denied.code) {
          const back = new URLSearchParams({
            [SIGN_IN_CANCELLED_PARAM]: "1",
            returnTo: error.returnTo ?? "/",
          });
          return reply.redirect(`${CITIZEN_SIGN_IN_PATH}?${back}`, 303);
        }
        const retry = `/api/citizen/auth/start?returnTo=${encodeURIComponent(error.returnTo ?? "/")}`;
        // A page rather than problem+json: untyped by the route's JSON response schemas.
        return (reply as FastifyReply)
          .status(error.reason.status)
          .headers(PAGE_HEADERS)
          .send(signInFailedPage(error.reason, retry));
      }
    },
  );

  app.post(
    "/api/citizen/auth/logout",
    {
      config: { access: PUBLIC },
      schema: { tags, summary: "Citizen sign-out (closes the session)", response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[CITIZEN_SESSION_COOKIE];
      if (token) await closeCitizenSession(db, token);
      reply.clearCookie(CITIZEN_SESSION_COOKIE, sessionCookie);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/citizen/me",
    {
      config: { access: CITIZEN, sessionProbe: true },
      schema: {
        tags,
        summary: "The signed-in citizen: identity data from the e-ID (ACC-3)",
        response: { 200: CitizenMeResponse, 401: Problem },
      },
    },
    async (request) => ({ citizen: await requireCitizen(db, request) }),
  );

  app.get(
    "/api/citizen/consents",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "The signed-in citizen's consents to reuse their data, with the history (SEC-5)",
        response: { 200: ConsentsResponse, 401: Problem },
      },
    },
    async (request) => listConsents(db, (await requireCitizen(db, request)).id),
  );

  app.post(
    "/api/citizen/consents",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "Give or withdraw a consent (SEC-5, REC-5); the history is kept",
        body: ConsentChange,
        response: { 200: ConsentsResponse, 400: Problem, 401: Problem },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(db, request);
      await changeConsent(db, citizen.id, request.body);
      return listConsents(db, citizen.id);
    },
  );
};

function wantsHtml(request: FastifyRequest): boolean {
  return request.headers.accept?.includes("text/html") ?? false;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The sign-in's cookies and redirect URI live on PUBLIC_URL's host. On one machine the same server
 * answers as localhost and as 127.0.0.1: a sign-in started on the other name is moved to
 * PUBLIC_URL first. Only between loopback names, so no proxy set-up can loop.
 */
function loopbackAlias(request: FastifyRequest, publicUrl: string): string | undefined {
  const expected = new URL(publicUrl);
  const host = request.headers.host?.toLowerCase();
  if (!host || host === expected.host) return undefined;
  const hostname = URL.canParse(`http://${host}`) ? new URL(`http://${host}`).hostname : "";
  if (!LOOPBACK.has(hostname) || !LOOPBACK.has(expected.hostname)) return undefined;
  return `${publicUrl}${request.url}`;
}
