import type { z } from "zod";
import {
  type CreateOfficer,
  type LockOfficer,
  OfficerDetail,
  OfficerList,
  OfficerSummary,
  type RevokeOfficer,
  type RoleGrant,
} from "../../contracts/accounts.ts";
import { apiJson, apiVoid } from "./client.ts";
import { withQuery } from "./query.ts";

// The accounts contract exports these schemas without their types.
export type OfficerStatus = OfficerSummary["status"];
export type LockReason = z.input<typeof LockOfficer>["reason"];
export type RevokeReason = z.input<typeof RevokeOfficer>["reason"];

interface OfficerListQuery {
  q?: string;
  agencyId?: string | null;
  status?: OfficerStatus | null;
  page: number;
  pageSize: number;
}

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const officer = (id: string, action = "") => `/api/admin/officers/${encodeURIComponent(id)}${action}`;

/** Officer accounts (ACC-1, ACC-2): system administrators manage, the operator reads. Lazy pages only. */
export const adminAccountsApi = {
  list: (query: OfficerListQuery, signal?: AbortSignal) =>
    apiJson(withQuery("/api/admin/officers", { ...query }), OfficerList, opts(signal)),
  get: (id: string, signal?: AbortSignal) => apiJson(officer(id), OfficerDetail, opts(signal)),
  create: (body: CreateOfficer) => apiJson("/api/admin/officers", OfficerSummary, { method: "POST", body }),
  lock: (id: string, body: z.input<typeof LockOfficer>) =>
    apiVoid(officer(id, "/lock"), { method: "POST", body }),
  unlock: (id: string) => apiVoid(officer(id, "/unlock"), { method: "POST" }),
  revoke: (id: string, body: z.input<typeof RevokeOfficer>) =>
    apiVoid(officer(id, "/revoke"), { method: "POST", body }),
  resetPassword: (id: string, temporaryPassword: string) =>
    apiVoid(officer(id, "/password-reset"), { method: "POST", body: { temporaryPassword } }),
  transfer: (id: string, body: { agencyId: string; roles: RoleGrant[] }) =>
    apiVoid(officer(id, "/transfer"), { method: "POST", body }),
  setRoles: (id: string, roles: RoleGrant[]) =>
    apiVoid(officer(id, "/roles"), { method: "PUT", body: { roles } }),
};
