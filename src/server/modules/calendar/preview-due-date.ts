import type { DueDatePreview, DueDateQuery } from "../../../contracts/calendar.ts";
import { formatVietnamInstant } from "../../../domain/calendar/index.ts";
import { addDuration } from "../../../domain/deadline/index.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "./load-working-calendar.ts";

/**
 * "If you submit now, your result is due on …": the due instant of a duration counted in the
 * agency's working time from a reception instant (CAL-5..8).
 */
export async function previewDueDate(db: Db, query: DueDateQuery, now: number): Promise<DueDatePreview> {
  const { calendar, revisionKey } = await loadWorkingCalendar(db, query.agencyId ?? null);
  const from = query.from ? Date.parse(query.from) : now;
  const duration = { amount: query.amount, unit: query.unit };
  const due = addDuration(
    calendar,
    from,
    duration,
    query.sameDayCutoff ? { sameDayCutoff: query.sameDayCutoff } : {},
  );
  return {
    from: new Date(from).toISOString(),
    countingStartsAt: new Date(calendar.nextWorkingInstant(from)).toISOString(),
    due: new Date(due).toISOString(),
    dueLocal: formatVietnamInstant(due),
    amount: query.amount,
    unit: query.unit,
    revisionKey,
  };
}
