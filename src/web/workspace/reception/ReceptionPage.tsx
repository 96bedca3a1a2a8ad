import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReceptionResult } from "../../../contracts/dossiers.ts";
import type { ReceptionBody } from "../../api-client/reception.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { CounterSlipView } from "./CounterSlipView.tsx";
import { ReceivedDossier } from "./ReceivedDossier.tsx";
import { ReceptionForm } from "./ReceptionForm.tsx";
import { isOneStopOfficer } from "./reception-paths.ts";

/**
 * `/can-bo/tiep-nhan`: a one-stop officer enters a dossier handed in at the counter or sent by post
 * (REC-2) and prints what the check calls for: Mẫu 01, Mẫu 02, Mẫu 03 or the guidance. The server
 * checks the officer's seat at the receiving agency again.
 */
export default function ReceptionPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer title={t("counterReception.pageTitle")}>
      {(officer) =>
        isOneStopOfficer(officer.roles) ? (
          <Reception officerAgencyId={officer.agencyId} />
        ) : (
          <Alert color="orange" title={t("counterReception.pageTitle")} data-testid="page-forbidden">
            {t("counterReception.notOneStop")}
          </Alert>
        )
      }
    </RequireOfficer>
  );
}

function Reception({ officerAgencyId }: { officerAgencyId: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ answer: ReceptionResult; body: ReceptionBody } | null>(null);
  // A new form (and a new Idempotency-Key) for each dossier.
  const [round, setRound] = useState(0);

  function another() {
    setResult(null);
    setRound((n) => n + 1);
    window.scrollTo({ top: 0 });
  }

  return (
    <Stack gap="lg" data-testid="reception-page">
      <PageTitle>{t("counterReception.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Text fz="sm" c="gray.7" fw={600}>
          {t("counterReception.kicker")}
        </Text>
        <Title order={1} c="brand.8" fz={{ base: "1.5rem", sm: "1.875rem" }} lh={1.3}>
          {t("counterReception.pageTitle")}
        </Title>
        <Text fz="sm" c="gray.8" mt="xs">
          {t("counterReception.intro")}
        </Text>
      </Paper>
      {result?.answer.kind === "dossier" && (
        <ReceivedDossier dossier={result.answer.dossier} onAnother={another} />
      )}
      {result?.answer.kind === "slip" && (
        <CounterSlipView slip={result.answer.slip} applicant={result.body.applicant} onAnother={another} />
      )}
      {result === null && (
        <ReceptionForm
          key={round}
          officerAgencyId={officerAgencyId}
          onDone={(answer, body) => {
            setResult({ answer, body });
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </Stack>
  );
}
