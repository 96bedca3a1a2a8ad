import type { Shape } from "../messages.ts";
import type { dashboard as vi } from "../vi/dashboard.ts";

export const dashboard: Shape<typeof vi> = {
  dashboard: {
    title: "Leaders' dashboard",
    intro:
      "How dossiers are handled: the on-time rate and the online share over the last 12 months, dossiers in progress, overdue and due soon by unit and by workflow step. Select a figure to see its dossiers. Counted by the conventions of Form II.06a; cancelled and test dossiers are never counted.",
    homeSummary: "On-time rate, overdue dossiers by unit and step, procedures most often late.",
    link: "Dashboard",
    agency: "Unit",
    province: "Whole province",
    print: "Print",
    loading: "Counting…",
    loadError: "The dashboard could not be loaded.",
    heading: "{{unit}} — figures as of {{asOf}}",
    now: {
      title: "Dossiers in progress",
      inProgress: "In progress",
      overdue: "Overdue",
      dueSoon: "Due soon",
      dueSoonHint: "Within the warning period before the due date (2 working days by default).",
    },
    trend: {
      title: "On-time rate and online share, 12 months",
      onTimeRate: "On-time rate",
      onlineShare: "Online share",
      month: "Month",
      early: "Early",
      onTime: "On time",
      late: "Late",
      online: "Online",
      direct: "Counter, post",
      tableCaption: "Figures by month (Form II.06a columns 4, 5, 8, 9, 10)",
    },
    byUnit: {
      title: "Dossiers in progress by unit",
      unit: "Unit",
      withinTime: "Within time",
    },
    byStep: {
      title: "Overdue dossiers by where they wait",
      step: "Workflow step / status",
    },
    late: {
      title: "Procedures most often resolved late (12 months)",
      procedure: "Procedure",
      resolved: "Resolved",
      resolvedLate: "Late",
      none: "No dossier was resolved late in the last 12 months.",
    },
    empty: "No dossiers.",
    openFigure: "{{figure}}: {{count}} — see the dossiers",
    drillTitle: "{{figure}} — {{group}}",
    all: "All",
  },
};
