import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Problem } from "../../../contracts/problem.ts";
import { PublicStatistics, PublicStatisticsQuery } from "../../../contracts/public-statistics.ts";
import type { Db } from "../../db/database.ts";
import { PUBLIC } from "../../http/access.ts";
import { getPublicStatistics } from "./public-statistics.ts";
import { answerCache } from "./public-statistics-cache.ts";

/** How long an answer is reused, here and by browsers and proxies (Cache-Control max-age). */
const MAX_AGE_SECONDS = 120;

export const publicStatisticsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const cache = answerCache<PublicStatistics>({ maxEntries: 500, ttlMs: MAX_AGE_SECONDS * 1000 });
  app.get(
    "/api/public/statistics",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["reports"],
        summary:
          "Public handling statistics per agency and period: Biểu II.06a's figures, aggregates only, cached (RPT-6)",
        querystring: PublicStatisticsQuery,
        response: { 200: PublicStatistics, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { from, to, agencyId } = request.query;
      const answer = await cache.get(JSON.stringify([from, to, agencyId ?? null]), () =>
        getPublicStatistics(db, { from, to, agencyId }),
      );
      reply.header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`);
      return answer;
    },
  );
};
