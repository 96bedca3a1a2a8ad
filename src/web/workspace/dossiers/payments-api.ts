import { z } from "zod";
import {
  DossierPayments,
  PaymentReconciliationRun,
  PaymentReconciliationRuns,
  PaymentView,
  RefundView,
} from "../../../contracts/payments.ts";
import { apiJson } from "../../api-client/client.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const base = (dossierId: string) => `/api/dossiers/${dossierId}`;

/** PAY-1, PAY-3: the officer's payment routes (src/server/modules/payments/routes.ts). */
export const paymentsApi = {
  list: (dossierId: string, signal?: AbortSignal) =>
    apiJson(`${base(dossierId)}/payments`, DossierPayments, opts(signal)),
  record: (dossierId: string, body: Record<string, unknown>) =>
    apiJson(`${base(dossierId)}/payments`, z.object({ payment: PaymentView, version: z.number() }), {
      method: "POST",
      body,
    }),
  receiptUrl: (dossierId: string, paymentId: string) => `${base(dossierId)}/payments/${paymentId}/receipt`,
  requestRefund: (dossierId: string, body: Record<string, unknown>) =>
    apiJson(`${base(dossierId)}/refunds`, RefundView, { method: "POST", body }),
  refundAction: (
    dossierId: string,
    refundId: string,
    action: "approve" | "reject" | "record",
    body: Record<string, unknown>,
  ) => apiJson(`${base(dossierId)}/refunds/${refundId}/${action}`, RefundView, { method: "POST", body }),
  reconciliations: (agencyId: string, signal?: AbortSignal) =>
    apiJson(
      `/api/payment-reconciliation?agencyId=${encodeURIComponent(agencyId)}`,
      PaymentReconciliationRuns,
      opts(signal),
    ),
  reconcile: (agencyId: string, day: string) =>
    apiJson("/api/payment-reconciliation/runs", PaymentReconciliationRun, {
      method: "POST",
      body: { agencyId, day },
    }),
};
