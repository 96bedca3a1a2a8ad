import "../admin.css";
import "./forms.css";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { NotFoundPage } from "../../components/NotFoundPage.tsx";
import { FormListPage } from "./FormListPage.tsx";
import { FormPage } from "./FormPage.tsx";

/**
 * `/quan-tri/bieu-mau/*`: the interactive e-forms of procedures (CFG-2), written by the procedure
 * control office and administrators; the operator reads. The server checks every request again.
 */
export default function FormsAdminArea() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="forms.read" title={t("adminForms.title")} forbiddenTestId="forms-forbidden">
      {(officer) => (
        <Routes>
          <Route index element={<FormListPage />} />
          <Route path=":procedureId" element={<FormPage officer={officer} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </RequireOfficer>
  );
}
