import type { Shape } from "../messages.ts";
import type { nationalPortalSync as vi } from "../vi/nationalPortalSync.ts";

export const nationalPortalSync: Shape<typeof vi> = {
  nationalStatus: {
    1: "Newly registered",
    2: "Accepted",
    3: "Not accepted",
    4: "In processing",
    5: "Supplement requested",
    6: "Financial obligation requested",
    7: "Withdrawal requested",
    8: "Processing stopped",
    9: "Processed",
    10: "Result returned",
  },
  syncRun: {
    status: { running: "Running", succeeded: "Completed", failed: "Failed" },
    trigger: { manual: "On demand", schedule: "Scheduled" },
    bySystem: "System",
    portalOff:
      "The National Public Service Portal is not connected (NATIONAL_PORTAL_ENABLED=false): nothing can run. Earlier runs are still shown.",
    started: "Started; this page shows the result as it comes.",
    refresh: "Refresh",
    loadFailed: "Could not load the data",
    none: "No run yet.",
    show: "Show",
    runsTitle: "Recent runs",
    columns: { startedAt: "Started", trigger: "How", startedBy: "Started by", status: "Result" },
  },
  reconciliation: {
    title: "Reconciliation with the national portal",
    intro:
      "Compares the dossiers' statuses with the National Public Service Portal: dossiers whose status differs and dossiers only one side has, each with its likely cause. It runs daily and when you press “Reconcile now”.",
    runNow: "Reconcile now",
    lastRun: "Run shown",
    period: "Dossiers submitted from {{from}} to {{to}}",
    progress: "Compared {{checked}}/{{total}} dossiers; {{matched}} match, {{mismatched}} differ",
    countsTitle: "Counts per agency and month",
    mismatchesTitle: "Mismatched dossiers",
    noMismatches: "No mismatch: every dossier matches the national portal.",
    columns: {
      agency: "Receiving agency",
      month: "Month",
      checked: "Compared",
      matched: "Match",
      mismatched: "Differ",
      dossier: "Dossier code",
      nationalCode: "Code on the portal",
      motcuaStatus: "Status here",
      portalStatus: "Status on the portal",
      cause: "Likely cause",
      detail: "Detail",
    },
    none: "—",
    cause: {
      never_sent: "Never sent to the portal (no sync message)",
      waiting: "Its sync message is queued or failing and will be retried",
      parked:
        "Its sync message is parked after repeated failures: an administrator retries or discards it (Integrations)",
      changed_on_portal: "The status was changed on the national portal itself",
      status_differs: "Everything was delivered but the portal's status still differs",
      missing_on_portal: "Delivered, but the portal no longer has the dossier",
      missing_in_motcua: "The portal has the dossier but this system does not",
    },
  },
  procedureSync: {
    title: "Procedure sync from the national database",
    intro:
      "New or amended procedures of the national procedure database (through the national portal) become new catalog versions; the province's workflows and e-forms are kept. A procedure must be published within 5 working days of the decision announcing it.",
    runNow: "Sync now",
    runSummary:
      "The portal lists {{listed}} procedures; fetched {{fetched}}: {{added}} added, {{changed}} amended, {{unchanged}} unchanged, {{blocked}} not imported",
    changesTitle: "Procedures added, amended or not imported",
    noChanges: "No procedure has changed yet.",
    columns: {
      procedure: "Procedure",
      outcome: "Outcome",
      decision: "Decision",
      deadline: "Publication deadline",
      changes: "What changed",
    },
    outcome: {
      added: "Added (version {{version}})",
      changed: "Amended (version {{previous}} → {{version}})",
      blocked: "Not imported",
    },
    change: { changed: "Changed", added: "Added", removed: "Removed" },
    deadline: {
      due: "Due by {{due}}",
      overdue: "Overdue since {{due}}",
      on_time: "Published on time",
      late: "Published late (due {{due}})",
      unknown: "Decision date unknown",
    },
  },
};
