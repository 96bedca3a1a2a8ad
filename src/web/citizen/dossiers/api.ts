import type {
  CitizenSupplementRequest,
  CitizenWithdrawalRequest,
} from "../../../contracts/citizen-dossier-actions.ts";
import { CitizenFees } from "../../../contracts/citizen-payments.ts";
import type { CitizenFormName } from "../../../contracts/documents.ts";
import { CitizenDossierList, CitizenDossierView } from "../../../contracts/dossiers.ts";
import { PaymentRequestView } from "../../../contracts/payments.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const base = (dossierId: string) => `/api/citizen/dossiers/${encodeURIComponent(dossierId)}`;

/** "Hồ sơ của tôi": the signed-in citizen's own dossiers and their fees (another's: 404). */
export const myDossiersApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) =>
    apiJson(withQuery("/api/citizen/dossiers", { page, pageSize }), CitizenDossierList, opts(signal)),
  dossier: (dossierId: string, signal?: AbortSignal) =>
    apiJson(base(dossierId), CitizenDossierView, opts(signal)),
  fees: (dossierId: string, signal?: AbortSignal) =>
    apiJson(`${base(dossierId)}/payments`, CitizenFees, opts(signal)),
  /** PAY-1: opens (or finds the open) payment of the balance; the platform's page to go to. */
  startPayment: (dossierId: string) =>
    apiJson(`${base(dossierId)}/payments`, PaymentRequestView, { method: "POST" }),
  /** REC-8: the answer to the agency's request for a supplement (files uploaded first). */
  supplement: (dossierId: string, body: CitizenSupplementRequest, idempotencyKey: string) =>
    apiJson(`${base(dossierId)}/supplement`, CitizenDossierView, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  /** WDR-1: the request to withdraw, with its reason. */
  withdraw: (dossierId: string, body: CitizenWithdrawalRequest, idempotencyKey: string) =>
    apiJson(`${base(dossierId)}/withdrawal`, CitizenDossierView, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  formUrl: (dossierId: string, form: CitizenFormName) => `${base(dossierId)}/forms/${form}`,
  fileUrl: (dossierId: string, fileId: string) => `${base(dossierId)}/files/${fileId}`,
  receiptUrl: (dossierId: string, paymentId: string) => `${base(dossierId)}/payments/${paymentId}/receipt`,
};
