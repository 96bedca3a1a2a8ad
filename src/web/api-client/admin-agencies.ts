import {
  AgencyImportReport,
  AgencyTreeDocument,
  type CreateAgency,
  PublicAgency,
} from "../../contracts/agencies.ts";
import { apiJson } from "./client.ts";

/** Administration of the agency tree (CFG-3). Lazy pages only. */
export const adminAgenciesApi = {
  create: (body: CreateAgency) => apiJson("/api/admin/agencies", PublicAgency, { method: "POST", body }),
  update: (id: string, body: CreateAgency) =>
    apiJson(`/api/admin/agencies/${encodeURIComponent(id)}`, PublicAgency, { method: "PUT", body }),
  export: () => apiJson("/api/admin/agencies/export", AgencyTreeDocument),
  /** `document` is what the administrator uploaded (an `AgencyTreeDocument` if all is well): the server judges it. */
  import: (document: unknown) =>
    apiJson("/api/admin/agencies/import", AgencyImportReport, { method: "POST", body: document }),
};
