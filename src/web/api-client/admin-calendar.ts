import type { WorkingPeriod } from "../../contracts/calendar.ts";
import { CalendarChange, CalendarHistory, type SetCalendarDay } from "../../contracts/calendar.ts";
import { apiJson } from "./client.ts";
import { withQuery } from "./query.ts";

/** Calendar administration (system administrators, procedure control): used by the lazy admin page only. */
export const adminCalendarApi = {
  history: (agencyId: string | null, signal?: AbortSignal) =>
    apiJson(
      withQuery("/api/admin/calendar/history", { agencyId }),
      CalendarHistory,
      signal ? { signal } : {},
    ),
  setDay: (date: string, body: SetCalendarDay) =>
    apiJson(`/api/admin/calendar/days/${date}`, CalendarChange, { method: "PUT", body }),
  resetDay: (date: string, agencyId: string | null) =>
    apiJson(withQuery(`/api/admin/calendar/days/${date}`, { agencyId }), CalendarChange, {
      method: "DELETE",
    }),
  /** `periods` null: the agency inherits its parent's working hours. */
  setWorkingHours: (agencyId: string | null, periods: WorkingPeriod[] | null) =>
    apiJson("/api/admin/calendar/working-hours", CalendarChange, {
      method: "PUT",
      body: { agencyId, periods },
    }),
  /** `schedule` is what the administrator typed or uploaded (an `OfficialSchedule` if all is well): the server judges it. */
  importOfficialSchedule: (schedule: unknown) =>
    apiJson("/api/admin/calendar/official-schedules", CalendarChange, { method: "POST", body: schedule }),
};
