import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { PUBLIC } from "../../http/access.ts";
import { problem, sendProblem } from "../../http/problem.ts";

const Status = z.object({ status: z.literal("ok") });

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers too). */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/healthz",
    { config: { access: PUBLIC }, schema: { tags: ["health"], response: { 200: Status } } },
    async () => ({
      status: "ok" as const,
    }),
  );

  app.get(
    "/readyz",
    { config: { access: PUBLIC }, schema: { tags: ["health"], response: { 200: Status, 503: Problem } } },
    async (request, reply) => {
      try {
        await sql`SELECT 1`.execute(db);
        return { status: "ok" as const };
      } catch (error) {
        request.log.warn({ err: error }, "database not ready");
        return sendProblem(reply, problem(503, "DATABASE_UNAVAILABLE", "Cơ sở dữ liệu chưa sẵn sàng."));
      }
    },
  );
};
