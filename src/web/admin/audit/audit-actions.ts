import type { TFunction } from "i18next";
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
};

const objectTypeKeys: Readonly<Record<string, ObjectTypeKey>> = {
  officers: "officers",
  agencies: "agencies",
  calendar: "calendar",
  catalog: "catalog",
  audit: "audit",
  auth: "auth",
  citizen: "citizen",
};

/** "Khoá tài khoản" for `POST /api/admin/officers/:id/lock`; an unknown action as recorded. */
export function actionLabel(action: string, t: TFunction): string {
  const key = actionKeys[action];
  return key ? t(`auditActions.${key}`) : action;
}

export function objectTypeLabel(objectType: string, t: TFunction): string {
  const key = objectTypeKeys[objectType];
  return key ? t(`auditObjectTypes.${key}`) : objectType;
}

export const knownObjectTypes = Object.keys(objectTypeKeys);
