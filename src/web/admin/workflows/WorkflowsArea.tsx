import "../admin.css";
import "./workflows.css";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { NotFoundPage } from "../../components/NotFoundPage.tsx";
import { WorkflowListPage } from "./WorkflowListPage.tsx";
import { WorkflowPage } from "./WorkflowPage.tsx";

/**
 * `/quan-tri/quy-trinh/*`: electronic workflows (PRC-1, PRC-4). Agency leaders, heads of unit,
 * procedure control and administrators write them; procedure control or the agency's leader
 * approves, never the author. The server checks every request again, for the workflow's agency.
 */
export default function WorkflowsArea() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="workflows.read"
      title={t("adminWorkflows.title")}
      forbiddenTestId="workflows-forbidden"
    >
      {(officer) => (
        <Routes>
          <Route index element={<WorkflowListPage officer={officer} />} />
          <Route path=":procedureId/:agencyId" element={<WorkflowPage officer={officer} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </RequireOfficer>
  );
}
