import type { z } from "zod";
import type { DossierFormName } from "../../contracts/documents.ts";
import {
  type CounterSupplementSlipRequest,
  type ReceiveDossierRequest,
  ReceptionResult,
  StoredFileInfo,
} from "../../contracts/dossiers.ts";

/** The reception as sent: what has a default on the server may be left out. */
export type ReceptionBody = z.input<typeof ReceiveDossierRequest>;

import { apiBlob, apiJson } from "./client.ts";
import { withQuery } from "./query.ts";

/** Reception at the counter or by post (REC-2) and the scans that go with it. */
export const receptionApi = {
  /**
   * `idempotencyKey`: one per reception form, so that a double click or a retry after a lost answer
   * gets the first answer back instead of a second dossier.
   */
  receive: (body: ReceptionBody, idempotencyKey: string) =>
    apiJson("/api/dossiers", ReceptionResult, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  /** REC-2 (b): the counter's Mẫu 02 (PDF) of a dossier found incomplete; no dossier is created. */
  counterSupplementSlip: (body: z.input<typeof CounterSupplementSlipRequest>) =>
    apiBlob("/api/counter-slips/mau-02", { method: "POST", body }),
  /** A scan (PDF, JPEG or PNG, at most 10 MB): the server decides what it is by its content. */
  upload: (file: File) =>
    apiJson(withQuery("/api/files", { name: file.name }), StoredFileInfo, { method: "POST", body: file }),
};

/** The printable form of a dossier (inline PDF), e.g. Mẫu 01 right after reception. */
export function dossierFormUrl(dossierId: string, form: DossierFormName): string {
  return `/api/dossiers/${dossierId}/forms/${form}`;
}
