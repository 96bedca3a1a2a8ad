import type { CalendarYear, DaySetting } from "../../../contracts/calendar.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "./load-working-calendar.ts";

/** Every date of a year with whether it is worked and why (holiday, swap, working Saturday). */
export async function getCalendarYear(db: Db, year: number, agencyId: string | null): Promise<CalendarYear> {
  const { calendar, layers, revisionKey } = await loadWorkingCalendar(db, agencyId);
  const own = layers.find((l) => l.agencyId === agencyId);
  const ownDates = new Set(own?.overrides.map((o) => o.date));
  const setAbove = new Set(layers.flatMap((l) => l.overrides.map((o) => o.date)));
  const settingOf = (date: string): DaySetting =>
    ownDates.has(date) ? "own" : setAbove.has(date) ? "inherited" : "default";
  return {
    year,
    agencyId,
    official: calendar.spec.officialYears.includes(year),
    workingHours: [...calendar.spec.workingHours],
    workingHoursInherited: agencyId !== null && !own?.workingHours,
    revisionKey,
    days: calendar.daysOfYear(year).map((d) => ({
      date: d.date,
      working: d.working,
      kind: d.kind,
      name: d.name,
      setting: settingOf(d.date),
    })),
  };
}
