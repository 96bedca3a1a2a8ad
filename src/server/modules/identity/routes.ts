import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ChangePassword } from "../../../contracts/accounts.ts";
import { LoginRequest, SessionResponse } from "../../../contracts/auth.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import type { RateLimit } from "../../http/rate-limit.ts";
import { requireOfficer } from "./authenticate.ts";
import { changePassword } from "./change-password.ts";
import { closeAllSessions, closeSession, SESSION_COOKIE } from "./sessions.ts";
import { signIn } from "./sign-in.ts";

interface IdentityRoutesOptions {
  db: Db;
  sessionTtlHours: number;
  /** Unsuccessful sign-ins allowed per source (SEC-6). */
  signInLimit: RateLimit;
  /** PUBLIC_URL is https: the session cookie is marked Secure (sent over https only). */
  secureCookies: boolean;
}

const errors = { 400: Problem, 401: Problem, 403: Problem, 422: Problem };

export const identityRoutes: FastifyPluginAsyncZod<IdentityRoutesOptions> = async (
  app,
  { db, sessionTtlHours, signInLimit, secureCookies },
) => {
  const cookieOptions = { path: "/", httpOnly: true, sameSite: "lax", secure: secureCookies } as const;
  app.post(
    "/api/auth/login",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["identity"],
        summary:
          "Officer sign-in (username + password); wrong passwords rest the account for a while, failures are limited per source",
        body: LoginRequest,
        response: { 200: SessionResponse, ...errors, 429: Problem },
      },
    },
    async (request, reply) => {
      request.audit = {
        objectType: "officers",
        objectId: request.body.username.toLowerCase(),
        detail: { username: request.body.username },
      };
      const { token, officer } = await signIn(
        db,
        request.body,
        { ttlHours: sessionTtlHours, sourceLimit: signInLimit },
        { userAgent: request.headers["user-agent"], ip: request.ip, requestId: request.id },
      );
      request.officer = officer;
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: sessionTtlHours * 3600 });
      return { officer };
    },
  );

  app.get(
    "/api/auth/me",
    {
      config: { access: PUBLIC, sessionProbe: true },
      schema: {
        tags: ["identity"],
        summary: "The signed-in officer",
        response: { 200: SessionResponse, 401: Problem },
      },
    },
    async (request) => ({ officer: await requireOfficer(db, request) }),
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: PUBLIC },
      schema: { tags: ["identity"], summary: "Sign out (closes this session)", response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await closeSession(db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/logout-all",
    {
      config: { access: officerAccess("self.manage") },
      schema: {
        tags: ["identity"],
        summary: "Sign out everywhere (closes every session of the officer)",
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await closeAllSessions(db, officerOf(request).id);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { access: officerAccess("self.manage") },
      schema: {
        tags: ["identity"],
        summary: "Change one's own password (other sessions end)",
        body: ChangePassword,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changePassword(db, officerOf(request).id, request.cookies[SESSION_COOKIE] ?? "", request.body);
      return reply.status(204).send(null);
    },
  );
};
