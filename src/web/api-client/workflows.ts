import {
  type ApproveWorkflow,
  PublicWorkflows,
  WorkflowList,
  type WorkflowListQuery,
  WorkflowVersionDetail,
  WorkflowVersionList,
} from "../../contracts/workflows.ts";
import { apiJson, apiVoid } from "./client.ts";
import { withQuery } from "./query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The workflows in use for a procedure (public, the procedure page). */
export const workflowsApi = {
  inUse: (procedureId: string, agencyId: string | null, signal?: AbortSignal) =>
    apiJson(
      withQuery(`/api/workflows/procedures/${procedureId}`, { agencyId }),
      PublicWorkflows,
      opts(signal),
    ),
};

const versions = (procedureId: string, agencyId: string) =>
  `/api/admin/workflows/procedures/${procedureId}/agencies/${agencyId}/versions`;

/** Writing and approving workflows: used by the lazy admin pages only. */
export const adminWorkflowsApi = {
  list: (query: Partial<WorkflowListQuery>, signal?: AbortSignal) =>
    apiJson(withQuery("/api/admin/workflows", { ...query }), WorkflowList, opts(signal)),
  versions: (procedureId: string, agencyId: string, signal?: AbortSignal) =>
    apiJson(versions(procedureId, agencyId), WorkflowVersionList, opts(signal)),
  version: (procedureId: string, agencyId: string, version: number, signal?: AbortSignal) =>
    apiJson(`${versions(procedureId, agencyId)}/${version}`, WorkflowVersionDetail, opts(signal)),
  createDraft: (procedureId: string, agencyId: string, definition: unknown) =>
    apiJson(versions(procedureId, agencyId), WorkflowVersionDetail, { method: "POST", body: { definition } }),
  updateDraft: (
    procedureId: string,
    agencyId: string,
    version: number,
    definition: unknown,
    revision: number,
  ) =>
    apiJson(`${versions(procedureId, agencyId)}/${version}`, WorkflowVersionDetail, {
      method: "PUT",
      body: { definition, revision },
    }),
  discardDraft: (procedureId: string, agencyId: string, version: number) =>
    apiVoid(`${versions(procedureId, agencyId)}/${version}`, { method: "DELETE" }),
  submit: (procedureId: string, agencyId: string, version: number) =>
    apiJson(`${versions(procedureId, agencyId)}/${version}/submit`, WorkflowVersionDetail, {
      method: "POST",
    }),
  returnToAuthors: (procedureId: string, agencyId: string, version: number, reason: string) =>
    apiJson(`${versions(procedureId, agencyId)}/${version}/return`, WorkflowVersionDetail, {
      method: "POST",
      body: { reason },
    }),
  approve: (procedureId: string, agencyId: string, version: number, body: ApproveWorkflow) =>
    apiJson(`${versions(procedureId, agencyId)}/${version}/approve`, WorkflowVersionDetail, {
      method: "POST",
      body,
    }),
};
