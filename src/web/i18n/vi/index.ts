import { accounts } from "./accounts.ts";
import { admin } from "./admin.ts";
import { adminCatalog } from "./adminCatalog.ts";
import { adminForms } from "./adminForms.ts";
import { adminWorkflows } from "./adminWorkflows.ts";
import { agencies } from "./agencies.ts";
import { audit } from "./audit.ts";
import { calendar } from "./calendar.ts";
import { catalog } from "./catalog.ts";
import { citizen } from "./citizen.ts";
import { common } from "./common.ts";
import { dashboard } from "./dashboard.ts";
import { dataStore } from "./dataStore.ts";
import { dossierRequests } from "./dossierRequests.ts";
import { dossierWork } from "./dossierWork.ts";
import { formRenderer } from "./formRenderer.ts";
import { integrations } from "./integrations.ts";
import { kiosk } from "./kiosk.ts";
import { myDossiers } from "./myDossiers.ts";
import { nationalPortalSync } from "./nationalPortalSync.ts";
import { officerPayments } from "./officerPayments.ts";
import { officerStatistics } from "./officerStatistics.ts";
import { onlineSubmission } from "./onlineSubmission.ts";
import { portal } from "./portal.ts";
import { publicStatistics } from "./publicStatistics.ts";
import { reception } from "./reception.ts";
import { reportClosing } from "./reportClosing.ts";
import { reports } from "./reports.ts";
import { satisfaction } from "./satisfaction.ts";
import { trackingBook } from "./trackingBook.ts";
import { workspace } from "./workspace.ts";

/**
 * Vietnamese — the reference language, one file per area of the app (so that people working on
 * different areas do not edit the same file). Each area owns its top-level keys; messages.test.ts
 * checks that no two areas claim the same one. Every key here must exist in English (en/), which
 * the type of each English area file enforces.
 */
export const viAreas = {
  common,
  portal,
  workspace,
  admin,
  calendar,
  accounts,
  agencies,
  audit,
  citizen,
  catalog,
  formRenderer,
  adminCatalog,
  adminForms,
  adminWorkflows,
  dossierWork,
  reception,
  reports,
  dashboard,
  reportClosing,
  publicStatistics,
  trackingBook,
  integrations,
  nationalPortalSync,
  officerStatistics,
  officerPayments,
  onlineSubmission,
  myDossiers,
  dossierRequests,
  dataStore,
  satisfaction,
  kiosk,
} as const;

export const vi = {
  ...common,
  ...portal,
  ...workspace,
  ...admin,
  ...calendar,
  ...accounts,
  ...agencies,
  ...audit,
  ...citizen,
  ...catalog,
  ...formRenderer,
  ...adminCatalog,
  ...adminForms,
  ...adminWorkflows,
  ...dossierWork,
  ...reception,
  ...reports,
  ...dashboard,
  ...reportClosing,
  ...publicStatistics,
  ...trackingBook,
  ...integrations,
  ...nationalPortalSync,
  ...officerStatistics,
  ...officerPayments,
  ...onlineSubmission,
  ...myDossiers,
  ...dossierRequests,
  ...dataStore,
  ...satisfaction,
  ...kiosk,
} as const;
