import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Problem } from "../../../contracts/problem.ts";
import {
  ClosePeriodRequest,
  PeriodClose,
  ReopenPeriodRequest,
  ReportMonth,
} from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf } from "../../http/access.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { closePeriod } from "./close-period.ts";
import { reopenPeriod } from "./reopen-period.ts";

/** An agency's leaders close their subtree's month; the control office the province's (`agencyId` absent). */
const CLOSE = officerAccess("reports.close", agencyIdInRequest);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const MonthParams = z.object({ month: ReportMonth });

export const periodCloseRoutes: FastifyPluginAsyncZod<{ db: Db; clock?: Clock | undefined }> = async (
  app,
  { db, clock = systemClock },
) => {
  app.post(
    "/api/reports/periods/:month/close",
    {
      config: { access: CLOSE },
      schema: {
        tags: ["reports"],
        summary: "Closes a month: its Biểu II.06a is frozen as computed now (RPT-3, RPT-4)",
        params: MonthParams,
        body: ClosePeriodRequest,
        response: { 201: PeriodClose, ...errors },
      },
    },
    async (request, reply) => {
      const scope = { month: request.params.month, agencyId: request.body.agencyId ?? null };
      return reply.code(201).send(await closePeriod(db, scope, officerOf(request).id, clock));
    },
  );

  app.post(
    "/api/reports/periods/:month/reopen",
    {
      config: { access: CLOSE },
      schema: {
        tags: ["reports"],
        summary: "Reopens a closed month with a reason: its Biểu II.06a is live until closed again",
        params: MonthParams,
        body: ReopenPeriodRequest,
        response: { 200: PeriodClose, ...errors },
      },
    },
    async (request) => {
      const scope = { month: request.params.month, agencyId: request.body.agencyId ?? null };
      return reopenPeriod(
        db,
        scope,
        { officerId: officerOf(request).id, reason: request.body.reason },
        clock,
      );
    },
  );
};
