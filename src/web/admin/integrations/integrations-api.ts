import {
  type DiscardMessage,
  IntegrationsOverview,
  OutboxMessageResolved,
} from "../../../contracts/delivery.ts";
import { apiJson } from "../../api-client/client.ts";

const message = (id: string, action: "retry" | "discard") =>
  `/api/admin/integrations/messages/${encodeURIComponent(id)}/${action}`;

/** The integrations' delivery health and the parked messages (issue 12). */
export const integrationsApi = {
  overview: (signal?: AbortSignal) =>
    apiJson("/api/admin/integrations", IntegrationsOverview, signal ? { signal } : {}),
  retry: (id: string) => apiJson(message(id, "retry"), OutboxMessageResolved, { method: "POST" }),
  discard: (id: string, body: DiscardMessage) =>
    apiJson(message(id, "discard"), OutboxMessageResolved, { method: "POST", body }),
};
