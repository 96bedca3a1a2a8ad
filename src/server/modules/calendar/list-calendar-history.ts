import type { CalendarHistory } from "../../../contracts/calendar.ts";
import type { Db } from "../../db/database.ts";

/** Who changed a calendar level, when and how — newest first (every change is kept). */
export async function listCalendarHistory(db: Db, agencyId: string | null): Promise<CalendarHistory> {
  const rows = await db
    .selectFrom("calendar_revision as r")
    .leftJoin("officer as o", "o.id", "r.changed_by")
    .select(["r.revision", "r.change_summary", "r.changed_at", "o.full_name"])
    .where("r.agency_id", agencyId === null ? "is" : "=", agencyId)
    .orderBy("r.revision", "desc")
    .limit(200)
    .execute();
  return {
    revisions: rows.map((r) => ({
      revision: r.revision,
      summary: r.change_summary,
      changedAt: r.changed_at.toISOString(),
      changedBy: r.full_name,
    })),
  };
}
