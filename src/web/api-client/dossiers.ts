import {
  DossierAssignees,
  type DossierCommandType,
  DossierView,
  dossierCommandPath,
  InboxCounts,
  InboxPage,
  type InboxQuery,
} from "../../contracts/dossiers.ts";
import { apiJson } from "./client.ts";
import { withQuery } from "./query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/**
 * The officers' work on dossiers (src/contracts/dossiers.ts): the inbox, the dossier view and its
 * lifecycle commands. Uploads and printable forms: reception.ts (`upload`, `dossierFormUrl`).
 */
export const dossiersApi = {
  inboxCounts: (signal?: AbortSignal) => apiJson("/api/inbox/counts", InboxCounts, opts(signal)),
  inbox: (query: InboxQuery, signal?: AbortSignal) =>
    apiJson(withQuery("/api/inbox", { ...query }), InboxPage, opts(signal)),
  dossier: (dossierId: string, signal?: AbortSignal) =>
    apiJson(`/api/dossiers/${dossierId}`, DossierView, opts(signal)),
  /** PRC-9: the officers who may be assigned the dossier's current step. */
  assignees: (dossierId: string, signal?: AbortSignal) =>
    apiJson(`/api/dossiers/${dossierId}/assignees`, DossierAssignees, opts(signal)),
  /**
   * One lifecycle command. The same `idempotencyKey` sent twice gets the first answer back, so a
   * retry after a lost answer never acts twice.
   */
  command: (
    command: DossierCommandType,
    dossierId: string,
    body: Record<string, unknown>,
    idempotencyKey: string,
  ) =>
    apiJson(dossierCommandPath(command, dossierId), DossierView, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  /** A file attached to the dossier (a scan, a letter, a result), opened in a new tab. */
  fileUrl: (dossierId: string, fileId: string) => `/api/dossiers/${dossierId}/files/${fileId}`,
};
