import { addDuration, workingDays } from "../../../domain/deadline/index.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";

/** SAT-3: feedback and petitions are answered within 10 working days (*config*: set it here). */
export const FEEDBACK_ANSWER_WORKING_DAYS = 10;

/** The answer's due: received + 10 working days on the agency's own working calendar (CAL). */
export async function feedbackDueAt(db: Db, agencyId: string, receivedAt: number): Promise<number> {
  const { calendar } = await loadWorkingCalendar(db, agencyId);
  return addDuration(calendar, receivedAt, workingDays(FEEDBACK_ANSWER_WORKING_DAYS));
}
