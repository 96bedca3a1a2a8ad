import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { PageLoader } from "./components/PageLoader.tsx";
import { HomePage } from "./portal/HomePage.tsx";

/** The one-stop hall's kiosk (LKP-1): full screen, outside the site's header and menu. */
const KioskPage = lazy(() => import("./kiosk/KioskPage.tsx"));

/**
 * Officers' pages and administration areas, one line each, fetched only when visited (the citizens'
 * portal stays lean). A path ending in `/*` is an area that routes its own sub-pages inside.
 */
const lazyPages: readonly { path: string; page: LazyExoticComponent<ComponentType> }[] = [
  { path: "dang-nhap", page: lazy(() => import("./workspace/SignInPage.tsx")) },
  { path: "can-bo", page: lazy(() => import("./workspace/OfficerHomePage.tsx")) },
  { path: "can-bo/doi-mat-khau", page: lazy(() => import("./workspace/ChangePasswordPage.tsx")) },
  { path: "can-bo/ho-so", page: lazy(() => import("./workspace/dossiers/InboxPage.tsx")) },
  { path: "can-bo/ho-so/:dossierId", page: lazy(() => import("./workspace/dossiers/DossierPage.tsx")) },
  {
    path: "can-bo/doi-soat-thanh-toan",
    page: lazy(() => import("./workspace/dossiers/PaymentReconciliationPage.tsx")),
  },
  { path: "quan-tri/lich-lam-viec", page: lazy(() => import("./admin/calendar/CalendarAdminPage.tsx")) },
  { path: "quan-tri/tai-khoan/*", page: lazy(() => import("./admin/accounts/AccountsArea.tsx")) },
  { path: "quan-tri/co-quan", page: lazy(() => import("./admin/agencies/AgenciesAdminPage.tsx")) },
  { path: "quan-tri/nhat-ky", page: lazy(() => import("./admin/audit/AuditPage.tsx")) },
  { path: "quan-tri/ket-noi", page: lazy(() => import("./admin/integrations/IntegrationsPage.tsx")) },
  { path: "quan-tri/doi-soat", page: lazy(() => import("./admin/reconciliation/ReconciliationPage.tsx")) },
  {
    path: "quan-tri/dong-bo-thu-tuc",
    page: lazy(() => import("./admin/procedure-sync/ProcedureSyncPage.tsx")),
  },
  { path: "thu-tuc", page: lazy(() => import("./portal/catalog/CatalogPage.tsx")) },
  { path: "thu-tuc/:code", page: lazy(() => import("./portal/catalog/ProcedurePage.tsx")) },
  { path: "thu-tuc/:code/nop-truc-tuyen", page: lazy(() => import("./portal/catalog/OnlineFormPage.tsx")) },
  { path: "quan-tri/thu-tuc/*", page: lazy(() => import("./admin/catalog/CatalogAdminArea.tsx")) },
  { path: "quan-tri/bieu-mau/*", page: lazy(() => import("./admin/forms/FormsAdminArea.tsx")) },
  { path: "quan-tri/quy-trinh/*", page: lazy(() => import("./admin/workflows/WorkflowsArea.tsx")) },
  { path: "dang-nhap-cong-dan", page: lazy(() => import("./citizen/CitizenSignInPage.tsx")) },
  { path: "ca-nhan", page: lazy(() => import("./citizen/CitizenProfilePage.tsx")) },
  { path: "can-bo/tiep-nhan", page: lazy(() => import("./workspace/reception/ReceptionPage.tsx")) },
  { path: "can-bo/so-theo-doi", page: lazy(() => import("./workspace/tracking-book/TrackingBookPage.tsx")) },
  { path: "can-bo/bao-cao", page: lazy(() => import("./workspace/reports/Ii06aReportPage.tsx")) },
  { path: "can-bo/thong-ke", page: lazy(() => import("./workspace/statistics/StatisticsPage.tsx")) },
  {
    path: "can-bo/bang-dieu-khien",
    page: lazy(() => import("./workspace/dashboard/LeadersDashboardPage.tsx")),
  },
  { path: "tra-cuu", page: lazy(() => import("./portal/lookup/LookupPage.tsx")) },
  { path: "thong-ke", page: lazy(() => import("./portal/statistics/PublicStatisticsPage.tsx")) },
  { path: "cong-dan/ho-so", page: lazy(() => import("./citizen/dossiers/MyDossiersPage.tsx")) },
  { path: "cong-dan/ho-so/:dossierId", page: lazy(() => import("./citizen/dossiers/MyDossierPage.tsx")) },
  { path: "cong-dan/kho-du-lieu", page: lazy(() => import("./citizen/data-store/DataStorePage.tsx")) },
  { path: "phan-anh-kien-nghi", page: lazy(() => import("./portal/feedback/FeedbackPage.tsx")) },
  {
    path: "can-bo/phan-anh-kien-nghi",
    page: lazy(() => import("./workspace/feedback/OfficerFeedbackPage.tsx")),
  },
];

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="tra-cuu/kiosk"
          element={
            <Suspense fallback={<PageLoader />}>
              <KioskPage />
            </Suspense>
          }
        />
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          {lazyPages.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
