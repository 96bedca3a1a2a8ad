import { Box, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { CitizenProfile } from "../../../contracts/citizen.ts";

/** REC-4 / ACC-3: who applies comes from the e-ID (not typed in); where the dossier goes, if several agencies take it. */
export function ApplicantStep({
  citizen,
  procedure,
  agencyId,
  onAgency,
}: {
  citizen: CitizenProfile;
  procedure: PublicProcedure;
  agencyId: string;
  onAgency: (agencyId: string) => void;
}) {
  const { t } = useTranslation();
  const rows = [
    [t("onlineSubmission.applicant.name"), citizen.organization?.name ?? citizen.fullName],
    [t("onlineSubmission.applicant.idNumber"), citizen.organization?.taxCode ?? citizen.identityNumber],
    citizen.organization ? [t("onlineSubmission.applicant.representative"), citizen.fullName] : null,
    [t("onlineSubmission.applicant.address"), citizen.address],
    [t("onlineSubmission.applicant.phone"), citizen.phone],
    [t("onlineSubmission.applicant.email"), citizen.email],
  ].filter((row): row is [string, string] => row !== null && Boolean(row[1]));
  return (
    <Stack gap="md">
      <Text fz="sm" c="gray.7">
        {t("onlineSubmission.applicant.fromEid")}
      </Text>
      <Box component="dl" m={0} data-testid="submission-applicant">
        {rows.map(([label, value]) => (
          <Box key={label} className="mc-answer">
            <Text component="dt" fz="sm" c="gray.7">
              {label}
            </Text>
            <Text component="dd" m={0} fw={600} className="mc-break">
              {value}
            </Text>
          </Box>
        ))}
      </Box>
      <Select
        id="mc-step-agency"
        label={t("onlineSubmission.applicant.agency")}
        description={t("onlineSubmission.applicant.agencyHelp")}
        data={procedure.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        value={agencyId || null}
        onChange={(value) => onAgency(value ?? "")}
        allowDeselect={false}
        data-testid="submission-agency"
      />
    </Stack>
  );
}
