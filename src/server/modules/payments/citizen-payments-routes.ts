import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { CitizenFees } from "../../../contracts/citizen-payments.ts";
import { DossierPaymentParams } from "../../../contracts/payments.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { getCitizenFees } from "./get-citizen-fees.ts";

/** PAY-1, PAU-1(b): what a citizen reads about the fees of their own dossier ("Hồ sơ của tôi"). */
export const citizenPaymentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/citizen/dossiers/:dossierId/payments",
    {
      config: { access: { kind: "citizen" } },
      schema: {
        tags: ["payments"],
        summary:
          "The fees of one's own dossier: due, paid, balance, whether it can be paid online now and by when, payments with receipts, online requests (another's: 404)",
        params: DossierPaymentParams,
        response: { 200: CitizenFees, 401: Problem, 404: Problem },
      },
    },
    async (request) => getCitizenFees(db, await requireCitizen(db, request), request.params.dossierId),
  );
};
