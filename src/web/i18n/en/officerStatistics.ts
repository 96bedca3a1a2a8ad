import type { Shape } from "../messages.ts";
import type { officerStatistics as vi } from "../vi/officerStatistics.ts";

export const officerStatistics: Shape<typeof vi> = {
  officerStatistics: {
    title: "Dossier handling statistics",
    intro:
      "Dossiers received, resolved and in progress in a period by field, unit, status, process step or officer, counted as in Form II.06a. Select a figure to see the dossiers behind it.",
    homeLink: "Statistics by field, process step, officer",
    homeSummary:
      "Dossier statistics by field, unit, status, process step and officer; each officer's performance.",
    tabs: { figures: "Dossier statistics", officers: "Officer performance" },
    grouping: "Statistics by",
    groupings: {
      field: "Field",
      unit: "Unit",
      status: "Current status",
      step: "Current process step",
      officer: "Officer",
    },
    noRow: {
      field: "No field",
      unit: "No unit",
      status: "No status",
      step: "At no process step (awaiting approval, result, resolved)",
      officer: "No officer assigned",
    },
    columns: {
      received: "Received",
      resolved: "Resolved",
      resolvedLate: "Resolved late",
      inProgress: "In progress",
      inProgressOverdue: "In progress, overdue",
    },
    totals: "Total",
    heading: "{{period}} — {{unit}}",
    loading: "Counting…",
    loadError: "The statistics could not be loaded.",
    empty: "No dossier in this period.",
    figureLink: "{{count}} dossiers {{column}} — {{row}}: see the list",
    drillTitle: "{{column}} — {{row}}",
    officerNote:
      "A dossier at a process step counts for the officer assigned to that step; a dossier resolved or past its process steps counts for the officer who completed its last process step.",
    usage: {
      officer: "Officer",
      steps: "Steps completed",
      dossiers: "Dossiers handled",
      median: "Time per step (median)",
      mean: "Time per step (mean)",
      late: "Share late",
      lateSteps: "{{late}}/{{total}} steps late",
      lateDossiers: "{{late}}/{{total}} dossiers resolved late",
      load: "Assigned now",
      empty: "No officer completed a process step in this period or holds a dossier now.",
      note: "Times are in working time, paused time excluded. Cancelled and test dossiers are not counted.",
    },
  },
};
