import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { PAYMENT_CALLBACK_PATH } from "../../../contracts/payment-platform.ts";
import {
  CallbackAnswer,
  DecideRefundBody,
  DossierPaymentParams,
  DossierPayments,
  PaymentReceiptParams,
  PaymentReconciliationQuery,
  PaymentReconciliationRun,
  PaymentReconciliationRuns,
  PaymentRequestView,
  PaymentView,
  RecordCounterPaymentBody,
  RecordRefundBody,
  RefundParams,
  RefundView,
  RequestRefundBody,
  RunPaymentReconciliationBody,
} from "../../../contracts/payments.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { AppError } from "../../http/problem.ts";
import { sendFile } from "../../http/send-file.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { ownedBy } from "../dossiers/citizen-dossiers.ts";
import { type Clock, systemClock } from "../dossiers/clock.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import { dossierAgencyOf } from "../dossiers/officer-seats.ts";
import { createPaymentRequest } from "./create-payment-request.ts";
import { decideRefund } from "./decide-refund.ts";
import { getReceipt } from "./get-receipt.ts";
import { handleCallback } from "./handle-callback.ts";
import { listDossierPayments } from "./list-dossier-payments.ts";
import { listPaymentReconciliations } from "./list-payment-reconciliations.ts";
import type { PaymentPlatformClient } from "./payment-platform-client.ts";
import { fetchSettlement, reconcilePayments } from "./reconcile-payments.ts";
import { recordCounterPayment } from "./record-counter-payment.ts";
import { recordRefund } from "./record-refund.ts";
import { requestRefund } from "./request-refund.ts";

const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
  502: Problem,
};
const CITIZEN = { kind: "citizen" } as const;
const NOT_FOUND = new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");

export interface PaymentRoutesOptions {
  db: Db;
  client: PaymentPlatformClient;
  publicUrl: string;
  clock?: Clock | undefined;
}

/**
 * PAY-1..3, PAU-1(b): citizens start paying their dossier's fees online and download receipts;
 * the one-stop records counter, postal and transfer payments and downloads receipts; the payment
 * platform posts its signed callbacks (no session: the signature is checked by the use case).
 */
export const paymentRoutes: FastifyPluginAsyncZod<PaymentRoutesOptions> = async (app, options) => {
  const { db, client, publicUrl, clock = systemClock } = options;

  app.post(
    "/api/citizen/dossiers/:dossierId/payments",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["payments"],
        summary: "Pay the fees of one's own dossier online: the platform's page to go to (PAY-1, PAY-2)",
        params: DossierPaymentParams,
        response: { 200: PaymentRequestView, ...errors },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(db, request);
      const { dossierId } = request.params;
      const owned =
        UUID.test(dossierId) &&
        (await db
          .selectFrom("dossier as d")
          .select("d.id")
          .where("d.id", "=", dossierId)
          .where(ownedBy(citizen))
          .executeTakeFirst());
      if (!owned) throw NOT_FOUND;
      return createPaymentRequest(db, clock, client, {
        dossierId,
        citizenId: citizen.id,
        returnUrl: `${publicUrl}/ca-nhan?ho-so=${dossierId}`,
        callbackUrl: `${publicUrl}${PAYMENT_CALLBACK_PATH}`,
      });
    },
  );

  app.get(
    "/api/citizen/dossiers/:dossierId/payments/:paymentId/receipt",
    {
      config: { access: CITIZEN },
      schema: {
        tags: ["payments"],
        summary: "The electronic receipt (PDF) of a payment of one's own dossier (PAY-1)",
        params: PaymentReceiptParams,
        response: { 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(db, request);
      const receipt = await getReceipt(db, { ...request.params, lookupBaseUrl: publicUrl, citizen });
      return sendFile(reply, {
        content: receipt.pdf,
        type: "application/pdf",
        name: receipt.fileName,
        disposition: "inline",
      });
    },
  );

  app.get(
    "/api/dossiers/:dossierId/payments",
    {
      config: { access: officerAccess("dossiers.read", dossierAgencyOf) },
      schema: {
        tags: ["payments"],
        summary: "A dossier's fees due and paid, and every payment received with its receipt (PAY-1, PAY-3)",
        params: DossierPaymentParams,
        response: { 200: DossierPayments, ...errors },
      },
    },
    async (request) => {
      if (!UUID.test(request.params.dossierId)) throw NOT_FOUND;
      return listDossierPayments(db, request.params.dossierId);
    },
  );

  app.post(
    "/api/dossiers/:dossierId/payments",
    {
      config: { access: officerAccess("dossiers.one_stop", dossierAgencyOf) },
      schema: {
        tags: ["payments"],
        summary: "Record fees paid at the counter, by post or by transfer, with the receipt number (PAY-1)",
        params: DossierPaymentParams,
        body: RecordCounterPaymentBody,
        response: { 201: z.object({ payment: PaymentView, version: z.number().int() }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await recordCounterPayment(
        db,
        clock,
        officerOf(request),
        request.params.dossierId,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    "/api/dossiers/:dossierId/payments/:paymentId/receipt",
    {
      config: { access: officerAccess("dossiers.read", dossierAgencyOf) },
      schema: {
        tags: ["payments"],
        summary: "The electronic receipt (PDF) of a payment (PAY-1)",
        params: PaymentReceiptParams,
        response: { 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const receipt = await getReceipt(db, { ...request.params, lookupBaseUrl: publicUrl });
      return sendFile(reply, {
        content: receipt.pdf,
        type: "application/pdf",
        name: receipt.fileName,
        disposition: "inline",
      });
    },
  );

  await app.register(refundRoutes, { db, clock });
  await app.register(reconciliationRoutes, { db, clock, client });

  // The callback's body is read as bytes: it is verified and logged exactly as received.
  await app.register(async (callback) => {
    callback.removeContentTypeParser("application/json");
    callback.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
    callback.post(
      PAYMENT_CALLBACK_PATH,
      {
        config: { access: PUBLIC },
        schema: {
          tags: ["payments"],
          summary: "The payment platform's signed callback (HMAC-SHA256, timestamp, nonce; PAY-1, PAY-2)",
          response: {
            200: CallbackAnswer,
            400: CallbackAnswer,
            401: CallbackAnswer,
            404: CallbackAnswer,
            409: CallbackAnswer,
            422: CallbackAnswer,
          },
        },
      },
      async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body.toString("utf8") : "";
        const answer = await handleCallback(db, clock, { name: client.platform, secret: client.secret }, raw);
        return reply.status(answer.status as 200).send({ verdict: answer.verdict, message: answer.message });
      },
    );
  });
};

/** PAY-3: refunds: requested and recorded by the one-stop, approved or rejected by a leader. */
const refundRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = async (app, { db, clock }) => {
  app.post(
    "/api/dossiers/:dossierId/refunds",
    {
      config: { access: officerAccess("dossiers.one_stop", dossierAgencyOf) },
      schema: {
        tags: ["payments"],
        summary: "Ask to refund (part of) a payment's refundable sum, with the reason (PAY-3)",
        params: DossierPaymentParams,
        body: RequestRefundBody,
        response: { 201: RefundView, ...errors },
      },
    },
    async (request, reply) => {
      const refund = await requestRefund(
        db,
        clock,
        officerOf(request),
        request.params.dossierId,
        request.body,
      );
      return reply.status(201).send(refund);
    },
  );
  for (const [action, decision] of [
    ["approve", "approved"],
    ["reject", "rejected"],
  ] as const) {
    app.post(
      `/api/dossiers/:dossierId/refunds/:refundId/${action}`,
      {
        config: { access: officerAccess("dossiers.approve", dossierAgencyOf) },
        schema: {
          tags: ["payments"],
          summary: `${action === "approve" ? "Approve" : "Reject"} a requested refund: a leader of the agency that took the money (PAY-3)`,
          params: RefundParams,
          body: DecideRefundBody,
          response: { 200: RefundView, ...errors },
        },
      },
      async (request) => decideRefund(db, clock, officerOf(request), request.params, decision, request.body),
    );
  }
  app.post(
    "/api/dossiers/:dossierId/refunds/:refundId/record",
    {
      config: { access: officerAccess("dossiers.one_stop", dossierAgencyOf) },
      schema: {
        tags: ["payments"],
        summary: "Record that an approved refund was paid back: date, method, reference (PAY-3)",
        params: RefundParams,
        body: RecordRefundBody,
        response: { 200: RefundView, ...errors },
      },
    },
    async (request) => recordRefund(db, clock, officerOf(request), request.params, request.body),
  );
};

/** PAY-3: an agency's reconciliations with the platform's settlement file, read and run on demand. */
const reconciliationRoutes: FastifyPluginAsyncZod<{
  db: Db;
  clock: Clock;
  client: PaymentPlatformClient;
}> = async (app, { db, clock, client }) => {
  app.get(
    "/api/payment-reconciliation",
    {
      config: { access: officerAccess("payments.reconcile", agencyIdInRequest) },
      schema: {
        tags: ["payments"],
        summary: "An agency's latest reconciliations with the payment platform's settlement file (PAY-3)",
        querystring: PaymentReconciliationQuery,
        response: { 200: PaymentReconciliationRuns, ...errors },
      },
    },
    async (request) => listPaymentReconciliations(db, request.query.agencyId),
  );
  app.post(
    "/api/payment-reconciliation/runs",
    {
      config: { access: officerAccess("payments.reconcile", agencyIdInRequest) },
      schema: {
        tags: ["payments"],
        summary: "Reconcile an agency's payments of a day with the platform's settlement file now (PAY-3)",
        body: RunPaymentReconciliationBody,
        response: { 201: PaymentReconciliationRun, ...errors },
      },
    },
    async (request, reply) => {
      const { agencyId, day } = request.body;
      const input = { agencyId, day, trigger: "manual" as const, officerId: officerOf(request).id };
      const file = await fetchSettlement(client, day);
      const run = await reconcilePayments(db, clock, client.platform, input, file);
      return reply.status(201).send(run as PaymentReconciliationRun);
    },
  );
};
