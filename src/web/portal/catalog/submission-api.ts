import type { z } from "zod";
import { CitizenDossierView, StoredFileInfo, type SubmitOnlineRequest } from "../../../contracts/dossiers.ts";
import { apiJson } from "../../api-client/client.ts";
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
};
