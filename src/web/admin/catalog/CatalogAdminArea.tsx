import "../admin.css";
import "./catalog-admin.css";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { NotFoundPage } from "../../components/NotFoundPage.tsx";
import { CatalogListPage } from "./CatalogListPage.tsx";
import { ImportExportPage } from "./ImportExportPage.tsx";
import { NewProcedurePage } from "./NewProcedurePage.tsx";
import { ProcedureAdminPage } from "./ProcedureAdminPage.tsx";

/**
 * `/quan-tri/thu-tuc/*`: the procedure catalog (CFG-1, LKP-2) for the procedure control office and
 * administrators (the operator reads). Versions are drafted, then published; the published one
 * stays until its successor is published. The server checks every request again.
 */
export default function CatalogAdminArea() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="catalog.read"
      title={t("adminCatalog.title")}
      forbiddenTestId="catalog-forbidden"
    >
      {(officer) => (
        <Routes>
          <Route index element={<CatalogListPage officer={officer} />} />
          <Route path="them-moi" element={<NewProcedurePage />} />
          <Route path="nhap-xuat" element={<ImportExportPage officer={officer} />} />
          <Route path=":id" element={<ProcedureAdminPage officer={officer} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </RequireOfficer>
  );
}
