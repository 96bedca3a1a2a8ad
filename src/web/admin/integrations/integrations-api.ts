import {
  type DiscardMessage,
  IntegrationsOverview,
  OutboxMessageResolved,
} from "../../../contracts/delivery.ts";
import {
  type DiscardPortalSubmission,
  PortalSubmissionList,
  PortalSubmissionResolved,
} from "../../../contracts/portal-intake.ts";
import { apiJson } from "../../api-client/client.ts";

const message = (id: string, action: "retry" | "discard") =>
  `/api/admin/integrations/messages/${encodeURIComponent(id)}/${action}`;

const submission = (code: string, action: "retry" | "discard") =>
  `/api/admin/integrations/portal-submissions/${encodeURIComponent(code)}/${action}`;

/** The integrations' delivery health and the parked messages (issue 12). */
export const integrationsApi = {
  overview: (signal?: AbortSignal) =>
    apiJson("/api/admin/integrations", IntegrationsOverview, signal ? { signal } : {}),
  retry: (id: string) => apiJson(message(id, "retry"), OutboxMessageResolved, { method: "POST" }),
  discard: (id: string, body: DiscardMessage) =>
    apiJson(message(id, "discard"), OutboxMessageResolved, { method: "POST", body }),
  /** REC-10: what the national portal delivered that waits for a decision (parked or in processing). */
  portalSubmissions: (signal?: AbortSignal) =>
    apiJson("/api/admin/integrations/portal-submissions", PortalSubmissionList, signal ? { signal } : {}),
  retrySubmission: (code: string) =>
    apiJson(submission(code, "retry"), PortalSubmissionResolved, { method: "POST" }),
  discardSubmission: (code: string, body: DiscardPortalSubmission) =>
    apiJson(submission(code, "discard"), PortalSubmissionResolved, { method: "POST", body }),
};
