import { AuditPage } from "../../contracts/accounts.ts";
import { apiJson } from "./client.ts";
import { withQuery } from "./query.ts";

export interface AuditFilters {
  actorId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** The records about one dossier, by its code. */
  dossierCode?: string;
  outcome?: string;
  /** ISO 8601 instants with offset; `to` is exclusive. */
  from?: string;
  to?: string;
}

/** The audit trail (SEC-2), newest first, paged by sequence number (`before`). Lazy pages only. */
export const adminAuditApi = {
  list: (filters: AuditFilters, before: number | null, limit: number, signal?: AbortSignal) =>
    apiJson(
      withQuery("/api/admin/audit", { ...filters, before, limit }),
      AuditPage,
      signal ? { signal } : {},
    ),
};
