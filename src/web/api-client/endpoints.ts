import { PublicAgencyList } from "../../contracts/agencies.ts";
import { type LoginRequest, SessionResponse } from "../../contracts/auth.ts";
import { CalendarYear, DueDatePreview, type DueDateQuery } from "../../contracts/calendar.ts";
import { PublicSite } from "../../contracts/site.ts";
import { apiJson, apiVoid } from "./client.ts";
import { withQuery } from "./query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const api = {
  login: (body: LoginRequest) => apiJson("/api/auth/login", SessionResponse, { method: "POST", body }),
  me: (signal?: AbortSignal) => apiJson("/api/auth/me", SessionResponse, opts(signal)),
  logout: () => apiVoid("/api/auth/logout", { method: "POST" }),
  logoutAll: () => apiVoid("/api/auth/logout-all", { method: "POST" }),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    apiVoid("/api/auth/password", { method: "POST", body }),
  publicSite: (signal?: AbortSignal) => apiJson("/api/public/site", PublicSite, opts(signal)),
  publicAgencies: (signal?: AbortSignal) => apiJson("/api/public/agencies", PublicAgencyList, opts(signal)),
  /** A year of the national calendar (`agencyId` null) or of an agency's. */
  calendarYear: (year: number, agencyId: string | null, signal?: AbortSignal) =>
    apiJson(withQuery(`/api/calendar/years/${year}`, { agencyId }), CalendarYear, opts(signal)),
  dueDate: (query: DueDateQuery, signal?: AbortSignal) =>
    apiJson(withQuery("/api/calendar/due-date", { ...query }), DueDatePreview, opts(signal)),
};
