import {
  AddressUnits,
  FormOverview,
  type FormOverviewQuery,
  FormVersionDetail,
  FormVersionList,
  PublishedForm,
  SubmissionCheckResult,
} from "../../contracts/forms.ts";
import { apiJson, apiVoid } from "./client.ts";
import { withQuery } from "./query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** E-forms as the portal and the counter use them (public). */
export const formsApi = {
  published: (procedureId: string, signal?: AbortSignal) =>
    apiJson(`/api/forms/procedures/${procedureId}`, PublishedForm, opts(signal)),
  /** The server's check of filled-in data: the same function as the browser's, on the published version. */
  validate: (procedureId: string, data: unknown, signal?: AbortSignal) =>
    apiJson(`/api/forms/procedures/${procedureId}/validate`, SubmissionCheckResult, {
      method: "POST",
      body: { data },
      ...opts(signal),
    }),
  /** Provinces; with `provinceCode`, also that province's communes. */
  addressUnits: (provinceCode: string | null, signal?: AbortSignal) =>
    apiJson(withQuery("/api/forms/address-units", { provinceCode }), AddressUnits, opts(signal)),
};

const admin = "/api/admin/forms/procedures";

/** Writing e-forms (KSTTHC, system administrators): used by the lazy admin pages only. */
export const adminFormsApi = {
  overview: (query: Partial<FormOverviewQuery>, signal?: AbortSignal) =>
    apiJson(withQuery("/api/admin/forms", { ...query }), FormOverview, opts(signal)),
  versions: (procedureId: string, signal?: AbortSignal) =>
    apiJson(`${admin}/${procedureId}/versions`, FormVersionList, opts(signal)),
  version: (procedureId: string, version: number, signal?: AbortSignal) =>
    apiJson(`${admin}/${procedureId}/versions/${version}`, FormVersionDetail, opts(signal)),
  createDraft: (procedureId: string, definition: unknown) =>
    apiJson(`${admin}/${procedureId}/versions`, FormVersionDetail, { method: "POST", body: { definition } }),
  updateDraft: (procedureId: string, version: number, definition: unknown, revision: number) =>
    apiJson(`${admin}/${procedureId}/versions/${version}`, FormVersionDetail, {
      method: "PUT",
      body: { definition, revision },
    }),
  discardDraft: (procedureId: string, version: number) =>
    apiVoid(`${admin}/${procedureId}/versions/${version}`, { method: "DELETE" }),
  publish: (procedureId: string, version: number) =>
    apiJson(`${admin}/${procedureId}/versions/${version}/publish`, FormVersionDetail, { method: "POST" }),
};
