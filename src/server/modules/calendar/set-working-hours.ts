import type { CalendarChange } from "../../../contracts/calendar.ts";
import type { WorkingPeriod } from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { appendCalendarRevision } from "./append-calendar-revision.ts";

/** Sets an agency's office hours (CAL-1), or with `periods` null lets it inherit them again. */
export async function setWorkingHours(
  db: Db,
  periods: WorkingPeriod[] | null,
  agencyId: string | null,
  officerId: string,
): Promise<CalendarChange> {
  if (periods === null && agencyId === null) {
    throw new AppError(422, "CALENDAR_HOURS_REQUIRED", "Lịch quốc gia phải có giờ làm việc.");
  }
  const summary = periods
    ? `Giờ làm việc: ${periods.map((p) => `${p.start}–${p.end}`).join(", ")}`
    : "Giờ làm việc theo cơ quan cấp trên";
  return appendCalendarRevision(
    db,
    agencyId,
    (current) => ({ ...current, workingHours: periods }),
    summary,
    officerId,
  );
}
