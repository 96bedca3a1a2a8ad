import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PublicAgencyList } from "../../../contracts/agencies.ts";
import { PublicSite } from "../../../contracts/site.ts";
import type { Db } from "../../db/database.ts";
import { PUBLIC } from "../../http/access.ts";
import { listPublicAgencies } from "./list-public-agencies.ts";

export const organizationRoutes: FastifyPluginAsyncZod<{ db: Db; site: PublicSite }> = async (
  app,
  { db, site },
) => {
  app.get(
    "/api/public/site",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["organization"],
        summary: "This deployment: province, operator, hotline",
        response: { 200: PublicSite },
      },
    },
    async () => site,
  );

  app.get(
    "/api/public/agencies",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["organization"],
        summary: "Public directory of agencies and their duty one-stop officers (LKP-3)",
        response: { 200: PublicAgencyList },
      },
    },
    async () => ({ agencies: await listPublicAgencies(db) }),
  );
};
