import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  DiscardMessage,
  IntegrationsOverview,
  OutboxMessageParams,
  OutboxMessageResolved,
} from "../../../contracts/delivery.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { officerAccess } from "../../http/access.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { getIntegrationsOverview } from "./get-integrations-overview.ts";
import { resolveParkedMessage } from "./resolve-parked-message.ts";

/** Province-wide: only a root-scoped role sees and resolves the integrations' messages. */
const READ = officerAccess("integrations.read", () => null);
const MANAGE = officerAccess("integrations.manage", () => null);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const deliveryRoutes: FastifyPluginAsyncZod<{ db: Db; clock?: Clock | undefined }> = async (
  app,
  { db, clock = systemClock },
) => {
  app.get(
    "/api/admin/integrations",
    {
      config: { access: READ },
      schema: {
        tags: ["integrations"],
        summary: "Each integration's delivery health and the parked messages",
        response: { 200: IntegrationsOverview, ...errors },
      },
    },
    async () => getIntegrationsOverview(db, clock),
  );

  app.post(
    "/api/admin/integrations/messages/:id/retry",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["integrations"],
        summary: "Queue a parked message again (audited)",
        params: OutboxMessageParams,
        response: { 200: OutboxMessageResolved, ...errors },
      },
    },
    async (request) => resolveParkedMessage(db, request.params.id, { action: "retry" }, clock),
  );

  app.post(
    "/api/admin/integrations/messages/:id/discard",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["integrations"],
        summary: "Discard a parked message with a reason (audited); its followers go on",
        params: OutboxMessageParams,
        body: DiscardMessage,
        response: { 200: OutboxMessageResolved, ...errors },
      },
    },
    async (request) =>
      resolveParkedMessage(db, request.params.id, { action: "discard", reason: request.body.reason }, clock),
  );
};
