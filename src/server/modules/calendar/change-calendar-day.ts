import type { CalendarChange, SetCalendarDay } from "../../../contracts/calendar.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { appendCalendarRevision } from "./append-calendar-revision.ts";

const KIND_LABEL = { holiday: "ngày lễ", day_off: "ngày nghỉ", working_day: "ngày làm việc" } as const;

/**
 * Marks one date (a day off, a holiday, a Saturday worked) or, with `day` null, returns it to
 * what the defaults say (CAL-4). Appointments already issued keep their date: they are stored
 * instants, not recomputed.
 */
export async function changeCalendarDay(
  db: Db,
  date: string,
  day: Omit<SetCalendarDay, "agencyId"> | null,
  agencyId: string | null,
  officerId: string,
): Promise<CalendarChange> {
  const summary = day
    ? `Đặt ${date} là ${KIND_LABEL[day.kind]}: ${day.name}`
    : `Bỏ thiết lập riêng của ngày ${date}`;
  return appendCalendarRevision(
    db,
    agencyId,
    (current) => {
      if (!day && !current.overrides.some((o) => o.date === date)) {
        throw new AppError(
          422,
          "CALENDAR_DAY_NOT_SET",
          `Ngày ${date} không có thiết lập riêng ở cấp lịch này.`,
        );
      }
      return {
        ...current,
        overrides: [
          ...current.overrides.filter((o) => o.date !== date),
          ...(day ? [{ date, kind: day.kind, name: day.name }] : []),
        ].sort((a, b) => a.date.localeCompare(b.date)),
      };
    },
    summary,
    officerId,
  );
}
