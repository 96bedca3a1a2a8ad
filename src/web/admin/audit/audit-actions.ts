import type { TFunction } from "i18next";
import {
  DOSSIER_COMMANDS,
  type DossierCommandType,
  dossierCommandPath,
} from "../../../contracts/dossiers.ts";
import type { audit } from "../../i18n/vi/audit.ts";

type ActionKey = keyof (typeof audit)["auditActions"];
type ObjectTypeKey = keyof (typeof audit)["auditObjectTypes"];

/**
 * What each audited action means, by the server's `METHOD /route` (or the name a use case gives,
 * such as `citizen.sign_in`). An action missing here is shown as it is recorded.
 */
export const actionKeys: Readonly<Record<string, ActionKey>> = {
  "POST /api/auth/login": "signIn",
  "POST /api/auth/logout": "signOut",
  "POST /api/auth/logout-all": "signOutEverywhere",
  "POST /api/auth/password": "changePassword",
  "GET /api/auth/me": "checkSession",
  "GET /api/admin/officers": "listOfficers",
  "GET /api/admin/officers/:id": "viewOfficer",
  "POST /api/admin/officers": "createOfficer",
  "POST /api/admin/officers/:id/lock": "lockOfficer",
  "POST /api/admin/officers/:id/unlock": "unlockOfficer",
  "POST /api/admin/officers/:id/revoke": "revokeOfficer",
  "POST /api/admin/officers/:id/password-reset": "resetPassword",
  "POST /api/admin/officers/:id/transfer": "transferOfficer",
  "PUT /api/admin/officers/:id/roles": "setRoles",
  "GET /api/admin/audit": "viewAudit",
  "GET /api/admin/agencies/export": "exportAgencies",
  "POST /api/admin/agencies/import": "importAgencies",
  "POST /api/admin/agencies": "createAgency",
  "PUT /api/admin/agencies/:id": "updateAgency",
  "GET /api/admin/calendar/history": "viewCalendarHistory",
  "PUT /api/admin/calendar/days/:date": "setCalendarDay",
  "DELETE /api/admin/calendar/days/:date": "resetCalendarDay",
  "PUT /api/admin/calendar/working-hours": "setWorkingHours",
  "POST /api/admin/calendar/official-schedules": "importOfficialSchedule",
  "GET /api/admin/catalog/procedures": "listProcedures",
  "POST /api/admin/catalog/procedures": "createProcedure",
  "GET /api/admin/catalog/procedures/:id/versions": "listProcedureVersions",
  "POST /api/admin/catalog/procedures/:id/versions": "createProcedureDraft",
  "GET /api/admin/catalog/procedures/:id/versions/:version": "viewProcedureVersion",
  "PUT /api/admin/catalog/procedures/:id/versions/:version": "updateProcedureDraft",
  "DELETE /api/admin/catalog/procedures/:id/versions/:version": "discardProcedureDraft",
  "POST /api/admin/catalog/procedures/:id/versions/:version/publish": "publishProcedure",
  "POST /api/admin/catalog/procedures/:id/unpublish": "unpublishProcedure",
  "GET /api/admin/catalog/export": "exportCatalog",
  "POST /api/admin/catalog/import": "importCatalog",
  "citizen.sign_in": "citizenSignIn",
  "officer.locked_temporarily": "lockedTemporarily",
  "POST /api/citizen/auth/logout": "citizenSignOut",
  "GET /api/citizen/me": "citizenProfile",
  "GET /api/citizen/consents": "citizenConsents",
  "POST /api/citizen/consents": "changeConsent",
  "GET /api/public/site": "viewSite",
  "GET /api/public/agencies": "listPublicAgencies",
  "GET /api/calendar/years/:year": "viewCalendarYear",
  "GET /api/calendar/due-date": "computeDueDate",
  "GET /api/catalog/procedures": "searchProcedures",
  "GET /api/catalog/procedures/:idOrCode": "viewProcedure",
  "GET /api/catalog/fields": "listProcedureFields",
  "GET /api/forms/procedures/:procedureId": "viewProcedureForm",
  "POST /api/forms/procedures/:procedureId/validate": "validateProcedureForm",
  "GET /api/forms/address-units": "listAddressUnits",
  "GET /api/admin/forms": "listForms",
  "GET /api/admin/forms/procedures/:procedureId/versions": "listFormVersions",
  "POST /api/admin/forms/procedures/:procedureId/versions": "createFormDraft",
  "GET /api/admin/forms/procedures/:procedureId/versions/:version": "viewFormVersion",
  "PUT /api/admin/forms/procedures/:procedureId/versions/:version": "updateFormDraft",
  "DELETE /api/admin/forms/procedures/:procedureId/versions/:version": "discardFormDraft",
  "POST /api/admin/forms/procedures/:procedureId/versions/:version/publish": "publishForm",
  "GET /api/workflows/procedures/:procedureId": "viewProcedureWorkflow",
  "GET /api/admin/workflows": "listWorkflows",
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": "listWorkflowVersions",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": "createWorkflowDraft",
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version":
    "viewWorkflowVersion",
  "PUT /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version":
    "updateWorkflowDraft",
  "DELETE /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version":
    "discardWorkflowDraft",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/submit":
    "submitWorkflow",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/return":
    "returnWorkflow",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/approve":
    "approveWorkflow",
  "POST /api/dossiers": "receiveDossier",
  "GET /api/dossiers/:dossierId": "viewDossier",
  "GET /api/dossiers/:dossierId/assignees": "listAssignees",
  "GET /api/dossiers/:dossierId/files/:fileId": "downloadDossierFile",
  "POST /api/files": "uploadFile",
  "GET /api/inbox": "viewInbox",
  "GET /api/inbox/counts": "viewInboxCounts",
  "GET /api/public/dossiers/:code": "lookUpDossier",
  "GET /api/citizen/dossiers": "listCitizenDossiers",
  "GET /api/citizen/dossiers/:dossierId": "viewCitizenDossier",
  "GET /api/citizen/dossiers/:dossierId/files/:fileId": "downloadCitizenFile",
  "POST /api/citizen/dossiers": "submitOnline",
  "GET /api/citizen/drafts": "listOnlineDrafts",
  "GET /api/citizen/drafts/:procedureId": "viewOnlineDraft",
  "GET /api/citizen/prefill": "viewPrefill",
  "PUT /api/citizen/drafts/:procedureId": "saveOnlineDraft",
  "DELETE /api/citizen/drafts/:procedureId": "deleteOnlineDraft",
  "POST /api/citizen/files": "uploadCitizenFile",
  "GET /api/citizen/data-store": "listDataStore",
  "POST /api/citizen/data-store": "addDataStoreItem",
  "PATCH /api/citizen/data-store/:itemId": "renameDataStoreItem",
  "DELETE /api/citizen/data-store/:itemId": "deleteDataStoreItem",
  "GET /api/citizen/data-store/:itemId/file": "downloadDataStoreItem",
  "POST /api/citizen/dossiers/:dossierId/supplement": "citizenSupplement",
  "POST /api/citizen/dossiers/:dossierId/withdrawal": "citizenWithdrawal",
  "GET /api/dossiers/:dossierId/forms/:form": "printDossierForm",
  "GET /api/citizen/dossiers/:dossierId/forms/:form": "citizenDossierForm",
  "POST /api/counter-slips/mau-02": "printSupplementSlip",
  "GET /api/tracking-book": "viewTrackingBook",
  "GET /api/admin/integrations": "viewIntegrations",
  "POST /api/admin/integrations/messages/:id/retry": "retryMessage",
  "POST /api/admin/integrations/messages/:id/discard": "discardMessage",
  "POST /api/integrations/national-portal/dossiers": "receivePortalSubmission",
  "GET /api/admin/integrations/portal-submissions": "listPortalSubmissions",
  "POST /api/admin/integrations/portal-submissions/:code/retry": "retryPortalSubmission",
  "POST /api/admin/integrations/portal-submissions/:code/discard": "discardPortalSubmission",
  "GET /api/admin/procedure-sync": "viewProcedureSync",
  "POST /api/admin/procedure-sync/runs": "runProcedureSync",
  "GET /api/admin/reconciliation": "viewReconciliation",
  "POST /api/admin/reconciliation/runs": "runReconciliation",
  "GET /api/reports/ii06a": "viewIi06aReport",
  "GET /api/reports/ii06a/dossiers": "listIi06aDossiers",
  "GET /api/reports/ii06a/export": "exportIi06aReport",
  "POST /api/reports/periods/:month/close": "closeReportPeriod",
  "POST /api/reports/periods/:month/reopen": "reopenReportPeriod",
  "GET /api/reports/qd766": "viewQd766Indicators",
  "GET /api/reports/dashboard": "viewLeadersDashboard",
  "GET /api/reports/dashboard/dossiers": "listDashboardDossiers",
  "GET /api/reports/statistics": "viewStatistics",
  "GET /api/reports/statistics/dossiers": "listStatisticsDossiers",
  "GET /api/reports/officer-usage": "viewOfficerUsage",
  "GET /api/reports/late-explanations": "listLateExplanations",
  "GET /api/public/statistics": "viewPublicStatistics",
  "GET /api/citizen/auth/start": "citizenSignInStart",
  "GET /api/citizen/auth/callback": "citizenSignInCallback",
  "POST /api/citizen/dossiers/:dossierId/payments": "startOnlinePayment",
  "GET /api/citizen/dossiers/:dossierId/payments/:paymentId/receipt": "citizenPaymentReceipt",
  "GET /api/dossiers/:dossierId/payments": "listDossierPayments",
  "POST /api/dossiers/:dossierId/payments": "recordCounterPayment",
  "GET /api/dossiers/:dossierId/payments/:paymentId/receipt": "printPaymentReceipt",
  "POST /api/payments/callback": "receivePaymentCallback",
  "POST /api/dossiers/:dossierId/refunds": "requestRefund",
  "POST /api/dossiers/:dossierId/refunds/:refundId/approve": "approveRefund",
  "POST /api/dossiers/:dossierId/refunds/:refundId/reject": "rejectRefund",
  "POST /api/dossiers/:dossierId/refunds/:refundId/record": "recordRefund",
  "GET /api/payment-reconciliation": "viewPaymentReconciliation",
  "POST /api/payment-reconciliation/runs": "runPaymentReconciliation",
  "GET /api/citizen/dossiers/:dossierId/payments": "viewCitizenFees",
  "GET /api/citizen/dossiers/:dossierId/rating": "viewDossierRating",
  "POST /api/citizen/dossiers/:dossierId/rating": "rateDossier",
  "GET /api/public/satisfaction": "viewPublicSatisfaction",
  "POST /api/public/feedback": "submitFeedback",
  "GET /api/public/feedback": "listPublishedFeedback",
  "GET /api/citizen/feedback": "listCitizenFeedback",
  "GET /api/feedback": "listAgencyFeedback",
  "POST /api/feedback/:feedbackId/answer": "answerFeedback",
};

const objectTypeKeys: Readonly<Record<string, ObjectTypeKey>> = {
  officers: "officers",
  agencies: "agencies",
  calendar: "calendar",
  catalog: "catalog",
  audit: "audit",
  auth: "auth",
  citizen: "citizen",
  dossier: "dossier",
  dossiers: "dossier",
  file: "file",
  files: "file",
  forms: "forms",
  workflows: "workflows",
  inbox: "inbox",
  integrations: "integrations",
  outbox_message: "outboxMessage",
  portal_submission: "portalSubmission",
  "procedure-sync": "procedureSync",
  procedure_sync_run: "procedureSync",
  reconciliation: "reconciliation",
  reconciliation_run: "reconciliation",
  "tracking-book": "trackingBook",
  reports: "reports",
  report_snapshot: "reports",
  "counter-slips": "counterSlips",
  site: "site",
  payments: "payments",
};

/** Each dossier command's route (`POST /api/dossiers/:dossierId/hand-over`) → its button label. */
const dossierCommandKeys: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(DOSSIER_COMMANDS) as DossierCommandType[]).map((command) => [
    `POST ${dossierCommandPath(command)}`,
    `dossierCommand.commands.${command}`,
  ]),
);

/** The message key naming an action, or null for an action nobody named. */
export function actionLabelKey(action: string): string | null {
  const key = actionKeys[action];
  return key ? `auditActions.${key}` : (dossierCommandKeys[action] ?? null);
}

/** "Khoá tài khoản" for `POST /api/admin/officers/:id/lock`; an unknown action as recorded. */
export function actionLabel(action: string, t: TFunction): string {
  const key = actionLabelKey(action);
  return key ? t(key as never) : action;
}

/** Every named action, for the filter's list. */
export const knownActions = [...Object.keys(actionKeys), ...Object.keys(dossierCommandKeys)];

export function objectTypeLabel(objectType: string, t: TFunction): string {
  const key = objectTypeKeys[objectType];
  return key ? t(`auditObjectTypes.${key}`) : objectType;
}

/** One entry per kind of object: `dossiers` (a route's) and `dossier` (a use case's) are one. */
export const knownObjectTypes = Object.keys(objectTypeKeys).filter(
  (type) => !["dossiers", "files"].includes(type),
);
