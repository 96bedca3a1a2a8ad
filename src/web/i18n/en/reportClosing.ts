import type { Shape } from "../messages.ts";
import type { reportClosing as vi } from "../vi/reportClosing.ts";

export const reportClosing: Shape<typeof vi> = {
  periodClose: {
    open: "The figures of {{month}} are not closed: the report shows the current figures.",
    closed: "The figures of {{month}} were closed at {{date}} by {{name}}.",
    close: "Close the figures",
    closeTitle: "Close the figures of {{month}}?",
    closeText:
      "This month's report will keep the figures as they are now, even if dossiers change later. The period can be reopened with a reason.",
    reopen: "Reopen",
    reopenTitle: "Reopen the report period {{month}}",
    reason: "Reason for reopening",
    reasonHint: "At least 10 characters; the reason is recorded in the audit trail.",
    reasonTooShort: "The reason must have at least 10 characters.",
    cancel: "Cancel",
    failed: "Could not be done",
  },
  lateExplanations: {
    title: "Explanations of late dossiers",
    intro:
      "Dossiers resolved late or overdue in the period, per unit, with the lateness reason recorded on each dossier.",
    loading: "Loading the late dossiers…",
    loadError: "Could not load the late dossiers.",
    empty: "No late dossiers in this period.",
    counts: "Explained: {{explained}} · Not explained: {{unexplained}}",
    kinds: { resolved_late: "Resolved late", in_progress_overdue: "Overdue" },
    due: "Due: {{date}}",
    missing: "Not explained",
    recorded: "{{name}}, {{date}}",
    explain: "Explain",
    explainTitle: "Explain dossier {{code}}",
    reason: "Reason for lateness",
    save: "Record the reason",
    finishedMissing: "The dossier is finished, so a reason can no longer be added.",
  },
};
