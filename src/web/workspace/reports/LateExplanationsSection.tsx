import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LateDossier, LateUnit } from "../../../contracts/late-explanations.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { dossierPath } from "../dossiers/paths.ts";
import { ActionFailure, useSubmit } from "./ReportAction.tsx";
import { reportClosingApi } from "./report-closing-api.ts";
import type { Ii06aRequest } from "./reports-api.ts";

/**
 * RPT-3, PRC-8: "Giải trình hồ sơ quá hạn": per unit, the period's late dossiers with the reason
 * recorded on each; a missing one is entered here through the dossier's own command (the server
 * refuses it when the dossier is finished or the officer may not record it).
 */
export function LateExplanationsSection({ request }: { request: Ii06aRequest }) {
  const { t } = useTranslation();
  const list = useFetched(JSON.stringify(request), (signal) =>
    reportClosingApi.lateExplanations(request, signal),
  );
  const [explaining, setExplaining] = useState<LateDossier | null>(null);
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby="late-heading"
      data-testid="late-explanations"
    >
      <Title order={2} fz="h3" id="late-heading">
        {t("lateExplanations.title")}
      </Title>
      <Text fz="sm" c="gray.7" mb="md">
        {t("lateExplanations.intro")}
      </Text>
      {list.error ? (
        <Alert color="red" title={t("lateExplanations.loadError")}>
          <Text fz="sm">{errorText(list.error, t)}</Text>
        </Alert>
      ) : !list.data ? (
        <Stack align="center" gap={0}>
          <PageLoader />
          <Text c="gray.7">{t("lateExplanations.loading")}</Text>
        </Stack>
      ) : list.data.units.length === 0 ? (
        <Text c="gray.7">{t("lateExplanations.empty")}</Text>
      ) : (
        <Stack gap="lg">
          {list.data.units.map((unit) => (
            <UnitExplanations key={unit.agencyId} unit={unit} onExplain={setExplaining} />
          ))}
        </Stack>
      )}
      {explaining && (
        <ExplainDialog
          dossier={explaining}
          onCancel={() => setExplaining(null)}
          onDone={() => {
            setExplaining(null);
            list.reload();
          }}
        />
      )}
    </Paper>
  );
}

function UnitExplanations({
  unit,
  onExplain,
}: {
  unit: LateUnit;
  onExplain: (dossier: LateDossier) => void;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="late-unit" data-agency={unit.agencyId}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Text fw={700}>{unit.name}</Text>
        <Text fz="sm" data-testid="late-unit-counts">
          {t("lateExplanations.counts", { explained: unit.explained, unexplained: unit.unexplained })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Tbody>
            {unit.dossiers.map((dossier) => (
              <Table.Tr key={dossier.id} data-testid="late-dossier" data-code={dossier.code}>
                <Table.Td>
                  <Link to={dossierPath(dossier.id)}>{dossier.code}</Link>
                  <Text fz="xs" c="gray.7">
                    {dossier.procedureName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={dossier.kind === "resolved_late" ? "gray" : "red"} variant="light">
                    {t(`lateExplanations.kinds.${dossier.kind}`)}
                  </Badge>
                  {dossier.dueAt && (
                    <Text fz="xs" c="gray.7">
                      {t("lateExplanations.due", { date: formatInstant(dossier.dueAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Explanation dossier={dossier} onExplain={() => onExplain(dossier)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

function Explanation({ dossier, onExplain }: { dossier: LateDossier; onExplain: () => void }) {
  const { t } = useTranslation();
  const { explanation } = dossier;
  if (explanation) {
    return (
      <>
        <Text fz="sm" data-testid="late-reason">
          {explanation.reason}
        </Text>
        <Text fz="xs" c="gray.7">
          {t("lateExplanations.recorded", {
            name: explanation.recordedBy ?? "",
            date: formatInstant(explanation.recordedAt),
          })}
        </Text>
      </>
    );
  }
  return (
    <Group gap="xs">
      <Badge color="orange" data-testid="late-missing">
        {t("lateExplanations.missing")}
      </Badge>
      {dossier.kind === "in_progress_overdue" ? (
        <Button size="xs" variant="outline" onClick={onExplain} data-testid="late-explain">
          {t("lateExplanations.explain")}
        </Button>
      ) : (
        <Text fz="xs" c="gray.7">
          {t("lateExplanations.finishedMissing")}
        </Text>
      )}
    </Group>
  );
}

function ExplainDialog({
  dossier,
  onCancel,
  onDone,
}: {
  dossier: LateDossier;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { busy, error, submit } = useSubmit({
    run: (text: string) => reportClosingApi.explain(dossier, text),
    onDone,
  });
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t("lateExplanations.explainTitle", { code: dossier.code })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) void submit(reason.trim());
        }}
      >
        <Stack>
          <Textarea
            label={t("lateExplanations.reason")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="late-reason-input"
          />
          <ActionFailure error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t("periodClose.cancel")}
            </Button>
            <Button type="submit" loading={busy} data-testid="late-reason-save">
              {t("lateExplanations.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
