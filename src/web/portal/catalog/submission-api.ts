import type { z } from "zod";
import { CitizenDossierView, StoredFileInfo, type SubmitOnlineRequest } from "../../../contracts/dossiers.ts";
import { OnlineDraft, PrefillResponse, type SaveDraftRequest } from "../../../contracts/online-drafts.ts";
import { apiJson, apiVoid } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

/** The citizen's online submission (REC-4): the files first, then the dossier. */
export const submissionApi = {
  /**
   * One file of a component (`POST /api/citizen/files`). Sent as bytes whatever the browser thinks
   * it is: the server decides by its content and answers a wrong type or size in Vietnamese.
   */
  upload: (file: File) =>
    apiJson(withQuery("/api/citizen/files", { name: file.name }), StoredFileInfo, {
      method: "POST",
      body: new Blob([file], { type: "application/octet-stream" }),
    }),
  /** `idempotencyKey`: one per draft, so that a double click or a retry never makes a second dossier. */
  submit: (body: z.input<typeof SubmitOnlineRequest>, idempotencyKey: string) =>
    apiJson("/api/citizen/dossiers", CitizenDossierView, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  /** Issue #14: the citizen's draft for the procedure, to resume on any device (404 when none). */
  draft: (procedureId: string, signal?: AbortSignal) =>
    apiJson(`/api/citizen/drafts/${encodeURIComponent(procedureId)}`, OnlineDraft, { signal }),
  saveDraft: (procedureId: string, body: SaveDraftRequest) =>
    apiVoid(`/api/citizen/drafts/${encodeURIComponent(procedureId)}`, { method: "PUT", body }),
  /** REC-5, SEC-5: the pre-fill the citizen consented to (nothing without consent). */
  prefill: (procedureId: string, signal?: AbortSignal) =>
    apiJson(withQuery("/api/citizen/prefill", { procedureId }), PrefillResponse, { signal }),
};
