import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { useAgencyTree } from "../../admin/useAgencyTree.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { defaultAgencyOf } from "./report-request.ts";

/**
 * The agency a report covers: the leader's own subtree, or (for those who read the province)
 * none, the whole province; a leader cannot clear it.
 */
export function ReportAgencyPicker({
  officer,
  value,
  onChange,
}: {
  officer: CurrentOfficer;
  value: string | null;
  onChange: (agencyId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const provinceWide = defaultAgencyOf(officer) === null;
  return (
    <AgencyPicker
      tree={tree}
      value={value}
      onChange={(agencyId) => (agencyId || provinceWide) && onChange(agencyId)}
      label={t("reports.agency")}
      placeholder={provinceWide ? t("reports.province") : undefined}
      clearable={provinceWide}
      data-testid="report-agency"
    />
  );
}
