import "../../admin/admin.css";
import "./dossiers.css";
import { Alert, Anchor, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { ApplicantSection } from "./ApplicantSection.tsx";
import { ClockSection } from "./ClockSection.tsx";
import { CommandBar } from "./CommandBar.tsx";
import { ComponentsSection } from "./ComponentsSection.tsx";
import { DossierHeader } from "./DossierHeader.tsx";
import { FormsSection } from "./FormsSection.tsx";
import { PaymentsSection } from "./PaymentsSection.tsx";
import { INBOX_PATH } from "./paths.ts";
import { TimelineSection } from "./TimelineSection.tsx";

/** `/can-bo/ho-so/:dossierId`: one dossier, its clock and history, and the actions allowed now. */
export default function DossierPage() {
  const { t } = useTranslation();
  return <RequireOfficer title={t("dossierPage.title")}>{() => <Dossier />}</RequireOfficer>;
}

function Dossier() {
  const { t } = useTranslation();
  const { dossierId = "" } = useParams();
  const dossier = useFetched(dossierId, (signal) => dossiersApi.dossier(dossierId, signal));
  if (dossier.error) {
    return (
      <>
        <PageTitle>{t("dossierPage.title")}</PageTitle>
        <Alert color="red" title={t("dossierPage.loadError")} data-testid="dossier-error">
          <Text fz="sm">{errorText(dossier.error, t)}</Text>
          <Anchor component={Link} to={INBOX_PATH} fz="sm" fw={600}>
            {t("dossierPage.backToInbox")}
          </Anchor>
        </Alert>
      </>
    );
  }
  const view = dossier.data;
  if (!view) return <PageLoader />;
  return (
    <Stack gap="lg" data-testid="dossier-page" data-version={view.version} data-status={view.status}>
      <DossierHeader view={view} />
      <CommandBar view={view} onChanged={dossier.reload} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ClockSection view={view} />
        <ApplicantSection view={view} />
      </SimpleGrid>
      <PaymentsSection view={view} onChanged={dossier.reload} />
      <ComponentsSection view={view} />
      <FormsSection view={view} />
      <TimelineSection view={view} />
    </Stack>
  );
}
