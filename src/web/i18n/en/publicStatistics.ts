import type { Shape } from "../messages.ts";
import type { publicStatistics as vi } from "../vi/publicStatistics.ts";

export const publicStatistics: Shape<typeof vi> = {
  publicStatistics: {
    nav: "Statistics",
    title: "Statistics of administrative procedure handling",
    intro:
      "Dossiers received, resolved and in progress at each agency in the period, counted as in the II.06a report. Aggregate figures only, no personal data.",
    agency: "Agency",
    province: "Whole province",
    loading: "Loading the figures…",
    loadError: "Could not load the statistics.",
    empty: "No dossiers in this period.",
    heading: "{{period}} — {{unit}}",
    closed: "Figures closed on {{date}}.",
    live: "Figures as of now (may be a few minutes old).",
    columns: {
      agency: "Agency",
      received: "Received",
      resolved: "Resolved",
      resolvedEarly: "Early",
      resolvedOnTime: "On time",
      resolvedLate: "Late",
      onTimeRate: "On-time rate",
      inProgress: "In progress",
      inProgressOverdue: "Overdue",
    },
    totals: "Total",
    chartTitle: "Dossiers resolved per agency",
    noRate: "—",
  },
};
