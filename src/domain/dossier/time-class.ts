import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { workingHours, workingMinutesOf } from "../deadline/duration.ts";
import type { DossierStatusView } from "./queries.ts";
import { statusOf } from "./queries.ts";
import type { Dossier } from "./state.ts";

/**
 * The one classification of a dossier's time that every view shows (CAL-9, PAU-3, REC-3): the
 * workspace's dossier page and inbox rows, and the boxes the inbox counts, which store the
 * instants where it changes (job-columns.ts) and must agree with it.
 */

/** REC-3: warn this long before the 8 working hours to accept an online dossier run out. */
export const ACCEPTANCE_WARNING = workingHours(2);

type TimeClass = "ok" | "due_soon" | "overdue" | "none";

export function timeClassOf(
  status: Pick<DossierStatusView, "overdue" | "dueSoon" | "remainingMinutes">,
): TimeClass {
  if (status.overdue) return "overdue";
  if (status.dueSoon) return "due_soon";
  return status.remainingMinutes === null ? "none" : "ok";
}

/** REC-3: the open duty to accept an online dossier, at `now`. */
interface AcceptanceTime {
  readonly due: number;
  /** Working minutes left (negative: the working time since the due). */
  readonly remainingMinutes: number;
  /** Within ACCEPTANCE_WARNING of the due, not yet late. */
  readonly warning: boolean;
  /** Past the due (accepting now would breach REC-3). */
  readonly late: boolean;
}

interface InboxTime {
  /** The due the holder works against: the acceptance due before acceptance, else the statutory due. */
  readonly due: number | null;
  readonly remainingMinutes: number | null;
  readonly timeClass: TimeClass;
  readonly acceptance: AcceptanceTime | null;
}

function acceptanceTimeOf(dossier: Dossier, now: number, calendar: WorkingCalendar): AcceptanceTime | null {
  if (dossier.status !== "awaiting_acceptance") return null;
  const duty = dossier.subDeadlines.findLast((entry) => entry.kind === "online_acceptance");
  if (!duty || duty.closedAt !== null) return null;
  const late = now > duty.due;
  const left = late
    ? -calendar.workingMinutesBetween(duty.due, now)
    : calendar.workingMinutesBetween(now, duty.due);
  return {
    due: duty.due,
    remainingMinutes: left,
    warning: !late && left <= workingMinutesOf(calendar, ACCEPTANCE_WARNING),
    late,
  };
}

/** What the holder of the dossier sees of its time at `now`, with the receiving agency's calendar. */
export function inboxTimeOf(dossier: Dossier, now: number, calendar: WorkingCalendar): InboxTime {
  const acceptance = acceptanceTimeOf(dossier, now, calendar);
  if (acceptance) {
    const timeClass = acceptance.late ? "overdue" : acceptance.warning ? "due_soon" : "ok";
    return { due: acceptance.due, remainingMinutes: acceptance.remainingMinutes, timeClass, acceptance };
  }
  const status = statusOf(dossier, now, calendar);
  return {
    due: status.due,
    remainingMinutes: status.remainingMinutes,
    timeClass: timeClassOf(status),
    acceptance: null,
  };
}
