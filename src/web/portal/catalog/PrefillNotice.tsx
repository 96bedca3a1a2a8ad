import { Alert, Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PrefillResponse } from "../../../contracts/online-drafts.ts";
import { CITIZEN_PROFILE_PATH } from "../../citizen/paths.ts";

/** REC-5, SEC-5: says which answers were pre-filled, from where, by the citizen's consent. */
export function PrefillNotice({ prefill }: { prefill: PrefillResponse }) {
  const { t } = useTranslation();
  const used = [...new Set(Object.values(prefill.sources))];
  if (!prefill.consented || used.length === 0) return null;
  const sources = used.map((s) => t(`onlineSubmission.prefill.${s}`)).join(t("onlineSubmission.prefill.and"));
  return (
    <Alert color="brand" variant="light" mb="md" data-testid="prefill-notice">
      <Text fz="sm">{t("onlineSubmission.prefill.notice", { sources })}</Text>
      <Anchor component={Link} to={`${CITIZEN_PROFILE_PATH}#citizen-consents`} fz="sm">
        {t("onlineSubmission.prefill.manage")}
      </Anchor>
    </Alert>
  );
}
