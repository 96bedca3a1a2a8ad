import { Alert, Anchor, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { LookupItem } from "../../portal/lookup/LookupItem.tsx";
import { useStatusLabel } from "../../workspace/dossiers/useStatusLabel.ts";
import { formatMoment } from "../format.ts";
import { MY_DOSSIERS_PATH } from "../paths.ts";

/** Code, status in words, procedure, agency and the dates that matter to the applicant. */
export function SummaryCard({ view }: { view: CitizenDossierView }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const dates = [
    { key: "submitted", value: view.submittedAt },
    { key: "received", value: view.receivedAt },
    { key: "due", value: view.clock.finish ? null : view.clock.due },
    { key: "appointment", value: view.clock.appointment ?? view.appointment },
    { key: "finished", value: view.finishedAt },
  ] as const;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      data-testid="my-dossier-summary"
    >
      <Anchor component={Link} to={MY_DOSSIERS_PATH} fz="sm" data-testid="my-dossier-back">
        {t("myDossier.back")}
      </Anchor>
      <Title order={1} c="brand.8" fz={{ base: "h3", sm: "h2" }} mt="xs" style={{ overflowWrap: "anywhere" }}>
        <span data-testid="my-dossier-code">{view.code}</span>
      </Title>
      <Text fw={700} fz="lg" c="brand.8" data-testid="my-dossier-status" data-status={view.status}>
        {statusLabel(view.status, view.statusLabel)}
      </Text>
      {view.clock.phase === "paused" && (
        <Text fz="sm" c="gray.8">
          {t("myDossier.pausedNote")}
        </Text>
      )}
      {view.clock.overdue && (
        <Alert color="red" variant="light" p="xs" mt="xs">
          {t("myDossier.overdue")}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" mt="md" mb={0} mx={0}>
        <LookupItem label={t("myDossier.procedure")}>
          <Text style={{ overflowWrap: "anywhere" }} data-testid="my-dossier-procedure">
            {view.procedure.code ? `${view.procedure.code} — ` : ""}
            {view.procedure.name}
          </Text>
        </LookupItem>
        <LookupItem label={t("myDossier.agency")}>
          <Text style={{ overflowWrap: "anywhere" }}>{view.agency.name}</Text>
        </LookupItem>
        {dates.map(({ key, value }) =>
          value ? (
            <LookupItem key={key} label={t(`myDossier.${key}`)}>
              <Text data-testid={`my-dossier-${key}`}>{formatMoment(value)}</Text>
            </LookupItem>
          ) : null,
        )}
      </SimpleGrid>
    </Paper>
  );
}
