import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { stateOf } from "./dossier-store.ts";
import { timeColumns } from "./job-columns.ts";

/**
 * CAL-4, CAL-9: after a calendar revision of `agencyId` (null: the national level), recomputes
 * the time columns (job-columns.ts) of the open dossiers whose receiving agency's calendar has
 * that level, with the calendar now in force, in the caller's transaction (the revision's). Their
 * state is untouched: appointments already given keep their date, the statutory due and the
 * inbox boxes follow the calendar. Returns the number of dossiers refreshed.
 */
export async function refreshTimeColumns(trx: Db, agencyId: string | null, now: number): Promise<number> {
  const agencies = await trx
    .selectFrom("dossier")
    .select("receiving_agency_id")
    .distinct()
    .where("closed_at", "is", null)
    .execute();
  let refreshed = 0;
  for (const { receiving_agency_id: receivingAgencyId } of agencies) {
    const { calendar, layers } = await loadWorkingCalendar(trx, receivingAgencyId);
    if (agencyId !== null && !layers.some((layer) => layer.agencyId === agencyId)) continue;
    const rows = await trx
      .selectFrom("dossier")
      .select(["id", "state"])
      .where("receiving_agency_id", "=", receivingAgencyId)
      .where("closed_at", "is", null)
      .forUpdate()
      .execute();
    for (const row of rows) {
      await trx
        .updateTable("dossier")
        .set(timeColumns(stateOf(row), calendar, now))
        .where("id", "=", row.id)
        .execute();
    }
    refreshed += rows.length;
  }
  return refreshed;
}
