import {
  applyOfficialSchedule,
  DEFAULT_CALENDAR_SPEC,
  VIETNAM_2026,
} from "../../../domain/calendar/index.ts";
import type { Db } from "../database.ts";

/**
 * Data every installation needs, demo or not: the national working calendar with the default
 * office hours (CAL-1) and the official schedules already announced (CAL-4). Idempotent.
 */
export async function loadBaseData(db: Db): Promise<{ nationalCalendar: boolean }> {
  const existing = await db
    .selectFrom("calendar_revision")
    .select("id")
    .where("agency_id", "is", null)
    .executeTakeFirst();
  if (existing) return { nationalCalendar: false };
  const spec = applyOfficialSchedule(DEFAULT_CALENDAR_SPEC, VIETNAM_2026);
  await db
    .insertInto("calendar_revision")
    .values({
      agency_id: null,
      revision: 1,
      working_hours: JSON.stringify(spec.workingHours),
      overrides: JSON.stringify(spec.overrides),
      official_years: [...spec.officialYears],
      change_summary: `Lịch quốc gia mặc định; lịch nghỉ chính thức năm 2026 (${VIETNAM_2026.source})`,
      changed_by: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { nationalCalendar: true };
}
