import { useMemo } from "react";
import type { WorkflowCalendar } from "../../../domain/workflow/validate-workflow.ts";
import { api } from "../../api-client/endpoints.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { vietnamWallClock } from "../../lib/wall-clock.ts";

/** CAL-1's default day, until the agency's own working hours are known. */
const DEFAULT: WorkflowCalendar = {
  minutesPerDay: 480,
  workingHours: [
    { start: "07:30", end: "11:30" },
    { start: "13:00", end: "17:00" },
  ],
};

const minutes = (clock: string) => {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return h * 60 + m;
};

/**
 * The working day of the agency a workflow belongs to, as `validateWorkflow` needs it (working
 * minutes per day, working periods for a cut-off): the same figures the server checks with.
 */
export function useWorkflowCalendar(agencyId: string): { calendar: WorkflowCalendar; known: boolean } {
  const year = vietnamWallClock(Date.now()).year;
  const fetched = useFetched(`${year}|${agencyId}`, (signal) => api.calendarYear(year, agencyId, signal));
  const periods = fetched.data?.workingHours;
  return useMemo(() => {
    if (!periods || periods.length === 0) return { calendar: DEFAULT, known: false };
    return {
      calendar: {
        minutesPerDay: periods.reduce((sum, p) => sum + minutes(p.end) - minutes(p.start), 0),
        workingHours: periods,
      },
      known: true,
    };
  }, [periods]);
}
