import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateOfficer,
  IdParams,
  LockOfficer,
  OfficerDetail,
  OfficerList,
  OfficerListQuery,
  OfficerSummary,
  ResetPassword,
  RevokeOfficer,
  SetRoles,
  TransferOfficer,
} from "../../../contracts/accounts.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf } from "../../http/access.ts";
import { assignOfficer } from "./assign-officer.ts";
import { changeOfficerStatus } from "./change-officer-status.ts";
import { createOfficer } from "./create-officer.ts";
import { getOfficer } from "./get-officer.ts";
import { listOfficers } from "./list-officers.ts";
import { agencyOfOfficerParam } from "./officer-scope.ts";
import { resetOfficerPassword } from "./reset-officer-password.ts";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const done = { 204: z.null(), ...errors };
const MANAGE_ONE = officerAccess("accounts.manage", agencyOfOfficerParam);
const tags = ["accounts"];

export const accountRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/admin/officers",
    {
      config: { access: officerAccess("accounts.read") },
      schema: {
        tags,
        summary: "Officer accounts within the administrator's scope",
        querystring: OfficerListQuery,
        response: { 200: OfficerList, ...errors },
      },
    },
    async (request) => listOfficers(db, { ...request.query, withinScopesOf: officerOf(request).id }),
  );

  app.get(
    "/api/admin/officers/:id",
    {
      config: { access: officerAccess("accounts.read", agencyOfOfficerParam) },
      schema: {
        tags,
        summary: "An account with its history",
        params: IdParams,
        response: { 200: OfficerDetail, ...errors },
      },
    },
    async (request) => getOfficer(db, request.params.id),
  );

  app.post(
    "/api/admin/officers",
    {
      config: { access: officerAccess("accounts.manage", agencyIdInRequest) },
      schema: {
        tags,
        summary: "Create a personal account (ACC-1)",
        body: CreateOfficer,
        response: { 201: OfficerSummary, ...errors },
      },
    },
    async (request, reply) => {
      const officer = await createOfficer(db, officerOf(request).id, request.body);
      request.audit = {
        objectType: "officers",
        objectId: officer.id,
        detail: { username: officer.username, roles: request.body.roles },
      };
      return reply.status(201).send(officer);
    },
  );

  app.post(
    "/api/admin/officers/:id/lock",
    {
      config: { access: MANAGE_ONE },
      schema: {
        tags,
        summary: "Lock an account (lost, misused; ACC-1)",
        params: IdParams,
        body: LockOfficer,
        response: done,
      },
    },
    async (request, reply) => {
      const reason = [request.body.reason, request.body.note].filter(Boolean).join(": ");
      request.audit = { detail: { reason } };
      await changeOfficerStatus(db, officerOf(request).id, request.params.id, { to: "locked", reason });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/officers/:id/unlock",
    {
      config: { access: MANAGE_ONE },
      schema: { tags, summary: "Unlock an account", params: IdParams, response: done },
    },
    async (request, reply) => {
      await changeOfficerStatus(db, officerOf(request).id, request.params.id, { to: "active" });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/officers/:id/revoke",
    {
      config: { access: MANAGE_ONE },
      schema: {
        tags,
        summary: "Revoke an account (moved, left, retired; ACC-2)",
        params: IdParams,
        body: RevokeOfficer,
        response: done,
      },
    },
    async (request, reply) => {
      const reason = [request.body.reason, request.body.note].filter(Boolean).join(": ");
      request.audit = { detail: { reason } };
      await changeOfficerStatus(db, officerOf(request).id, request.params.id, { to: "revoked", reason });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/officers/:id/password-reset",
    {
      config: { access: MANAGE_ONE },
      schema: {
        tags,
        summary: "Set a temporary password to be changed at next sign-in",
        params: IdParams,
        body: ResetPassword,
        response: done,
      },
    },
    async (request, reply) => {
      await resetOfficerPassword(db, request.params.id, request.body.temporaryPassword);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/officers/:id/transfer",
    {
      config: { access: MANAGE_ONE },
      schema: {
        tags,
        summary: "Move an official to another agency with new roles (ACC-2)",
        params: IdParams,
        body: TransferOfficer,
        response: done,
      },
    },
    async (request, reply) => {
      const { fromAgencyId } = await assignOfficer(
        db,
        officerOf(request).id,
        request.params.id,
        request.body,
      );
      request.audit = {
        detail: { fromAgencyId, toAgencyId: request.body.agencyId, roles: request.body.roles },
      };
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/admin/officers/:id/roles",
    {
      config: { access: MANAGE_ONE },
      schema: {
        tags,
        summary: "Change an official's roles",
        params: IdParams,
        body: SetRoles,
        response: done,
      },
    },
    async (request, reply) => {
      request.audit = { detail: { roles: request.body.roles } };
      await assignOfficer(db, officerOf(request).id, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
