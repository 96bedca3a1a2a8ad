import { useTranslation } from "react-i18next";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { CalendarAdmin } from "./CalendarAdmin.tsx";

/**
 * `/quan-tri/lich-lam-viec`: the working calendar, for system administrators and procedure control
 * (the server checks each change again, for the agency concerned).
 */
export default function CalendarAdminPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="calendar.edit"
      title={t("adminCalendar.title")}
      forbiddenText={t("adminCalendar.forbidden")}
      forbiddenTestId="calendar-forbidden"
    >
      {() => <CalendarAdmin />}
    </RequireOfficer>
  );
}
