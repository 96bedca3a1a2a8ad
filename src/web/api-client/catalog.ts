import {
  AdminProcedureList,
  type AdminProcedureQuery,
  CatalogFile,
  type CatalogSearchQuery,
  CatalogSearchResult,
  FieldList,
  ImportRejected,
  ImportReport,
  ProcedureVersionDetail,
  ProcedureVersionList,
  PublicProcedure,
  UnpublishResult,
} from "../../contracts/catalog.ts";
import { Problem } from "../../contracts/problem.ts";
import { ApiError, apiJson, apiVoid } from "./client.ts";
import { withQuery } from "./query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const base = "/api/admin/catalog/procedures";

/** The published catalog (public): search with facets (LKP-2), a procedure in full, the fields. */
export const catalogApi = {
  search: (query: Partial<CatalogSearchQuery>, signal?: AbortSignal) =>
    apiJson(withQuery("/api/catalog/procedures", { ...query }), CatalogSearchResult, opts(signal)),
  /** By national code (`1.001193`) or id. */
  procedure: (idOrCode: string, signal?: AbortSignal) =>
    apiJson(`/api/catalog/procedures/${encodeURIComponent(idOrCode)}`, PublicProcedure, opts(signal)),
  fields: (signal?: AbortSignal) => apiJson("/api/catalog/fields", FieldList, opts(signal)),
};

/** Keeping the procedure catalog (KSTTHC, system administrators): used by the lazy admin pages only. */
export const adminCatalogApi = {
  list: (query: Partial<AdminProcedureQuery>, signal?: AbortSignal) =>
    apiJson(withQuery(base, { ...query }), AdminProcedureList, opts(signal)),
  /** `body` as typed in the editor: the server checks it (NewProcedure). */
  create: (body: unknown) => apiJson(base, ProcedureVersionDetail, { method: "POST", body }),
  versions: (id: string, signal?: AbortSignal) =>
    apiJson(`${base}/${id}/versions`, ProcedureVersionList, opts(signal)),
  version: (id: string, version: number, signal?: AbortSignal) =>
    apiJson(`${base}/${id}/versions/${version}`, ProcedureVersionDetail, opts(signal)),
  createDraft: (id: string, body: unknown) =>
    apiJson(`${base}/${id}/versions`, ProcedureVersionDetail, { method: "POST", body }),
  updateDraft: (id: string, version: number, body: unknown) =>
    apiJson(`${base}/${id}/versions/${version}`, ProcedureVersionDetail, { method: "PUT", body }),
  discardDraft: (id: string, version: number) =>
    apiVoid(`${base}/${id}/versions/${version}`, { method: "DELETE" }),
  publish: (id: string, version: number) =>
    apiJson(`${base}/${id}/versions/${version}/publish`, ProcedureVersionDetail, { method: "POST" }),
  unpublish: (id: string) => apiJson(`${base}/${id}/unpublish`, UnpublishResult, { method: "POST" }),
  exportFile: () => apiJson("/api/admin/catalog/export", CatalogFile),
  /**
   * Imports (or, with `dryRun`, only checks) a catalog file. A file with rejected records answers
   * 422 with the full report, which is returned like a successful one (`applied: false`).
   */
  importFile: (file: unknown, dryRun: boolean) => importCatalog(file, dryRun),
};

async function importCatalog(file: unknown, dryRun: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(withQuery("/api/admin/catalog/import", { dryRun: String(dryRun) }), {
      method: "POST",
      headers: { accept: "application/json, application/problem+json", "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(file),
    });
  } catch {
    throw new ApiError(
      { type: "about:blank", title: "NETWORK_ERROR", status: 0, code: "NETWORK_ERROR", detail: "" },
      false,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const report = ImportReport.safeParse(body);
    if (report.success) return report.data;
  } else {
    // The 422 of a file with rejected records carries the whole report, the reason of each refusal.
    const rejected = ImportRejected.safeParse(body);
    if (rejected.success) return rejected.data.report;
    const problem = Problem.safeParse(body);
    if (problem.success) throw new ApiError(problem.data, true);
  }
  throw new ApiError(
    {
      type: "about:blank",
      title: "UNEXPECTED_RESPONSE",
      status: response.status,
      code: "UNEXPECTED_RESPONSE",
      detail: "",
    },
    false,
  );
}
