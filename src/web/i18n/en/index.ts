import type { Messages } from "../messages.ts";
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

/** English: the same areas as Vietnamese (vi/index.ts), each file typed by its Vietnamese twin. */
export const enAreas = {
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

export const en: Messages = {
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
};
