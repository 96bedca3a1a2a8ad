import type { Shape } from "../messages.ts";
import type { admin as vi } from "../vi/admin.ts";

export const admin: Shape<typeof vi> = {
  admin: {
    forbiddenTitle: "Access denied",
    forbidden: "This page is for: {{roles}}. Your account has not been given this permission.",
    backToOfficer: "Back to officer home",
    cancel: "Cancel",
    close: "Close",
    retry: "Try again",
    readOnly: "You may view; only system administrators may make changes.",
    areas: {
      calendar: {
        title: "Working calendar, public holidays and Tết",
        summary: "Working days and hours used to count dossier deadlines.",
      },
      accounts: {
        title: "Officer accounts",
        summary: "Create, lock and revoke accounts; assign roles; transfer officers.",
      },
      agencies: {
        title: "Agency structure",
        summary: "The tree of agencies and units; identifiers; duty one-stop officers.",
      },
      audit: {
        title: "Audit trail",
        summary: "Who did what, when, and with which outcome.",
      },
      integrations: {
        title: "Integrations and deliveries",
        summary: "Messages per integration: queued, failing, parked; retry or discard.",
      },
      reconciliation: {
        title: "Reconciliation with the national portal",
        summary: "Dossiers whose status differs or that one side lacks; counts per agency and month.",
      },
      procedureSync: {
        title: "Procedure sync from the national database",
        summary: "New and amended procedures from the portal; the 5-working-day publication deadline.",
      },
      catalog: {
        title: "Procedure catalog",
        summary: "Publish and amend procedures; import and export with the national database.",
      },
      forms: {
        title: "Electronic forms",
        summary: "Write a procedure's e-form, preview it, publish it.",
      },
      workflows: {
        title: "Electronic workflows",
        summary: "Steps, who does them and how long; submit and approve workflows.",
      },
    },
    agencyPicker: {
      nothingFound: "No matching agency or unit.",
    },
    pagination: "Pagination",
  },
};
