import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { NotFoundPage } from "../../components/NotFoundPage.tsx";
import { AccountListPage } from "./AccountListPage.tsx";
import { AccountPage } from "./AccountPage.tsx";
import { CreateAccountPage } from "./CreateAccountPage.tsx";

/**
 * `/quan-tri/tai-khoan/*`: officer accounts (ACC-1, ACC-2). System administrators manage them,
 * the operator reads (ACC-4); the server checks every request again, within the agency scope.
 */
export default function AccountsArea() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="accounts.read"
      title={t("accounts.title")}
      forbiddenTestId="accounts-forbidden"
    >
      {(officer) => (
        <Routes>
          <Route index element={<AccountListPage officer={officer} />} />
          <Route path="tao-moi" element={<CreateAccountPage />} />
          <Route path=":id" element={<AccountPage officer={officer} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </RequireOfficer>
  );
}
