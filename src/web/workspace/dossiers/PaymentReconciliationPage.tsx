import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { PaymentReconciliationLine, PaymentReconciliationRun } from "../../../contracts/payments.ts";
import { formatVietnamInstant, localIsoDate } from "../../../domain/calendar/dates.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { paymentsApi } from "./payments-api.ts";

const DAY_MS = 86_400_000;

/**
 * `/can-bo/doi-soat-thanh-toan` (PAY-3): the agency's reconciliations with the payment platform's
 * settlement file (the scheduled daily run and "Đối soát ngay" for a chosen day), each line that
 * did not match: missing in motcua, extra in motcua, or different.
 */
export default function PaymentReconciliationPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer title={t("paymentReconciliation.title")}>
      {(officer) => <Reconciliation officer={officer} />}
    </RequireOfficer>
  );
}

function Reconciliation({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const runs = useFetched(officer.agencyId, (signal) =>
    paymentsApi.reconciliations(officer.agencyId, signal),
  );
  const [day, setDay] = useState(localIsoDate(Date.now() - DAY_MS));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await paymentsApi.reconcile(officer.agencyId, day);
      runs.reload();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="lg">
      <PageTitle>{t("paymentReconciliation.title")}</PageTitle>
      <Text>{t("paymentReconciliation.intro")}</Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t("paymentReconciliation.day")}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <Button onClick={run} loading={busy} data-testid="payment-reconcile-now">
          {t("paymentReconciliation.run")}
        </Button>
      </Group>
      {error !== null && <Alert color="red">{error}</Alert>}
      {runs.error !== null && runs.error !== undefined && (
        <Alert color="red">{errorText(runs.error, t)}</Alert>
      )}
      {runs.data?.runs.length === 0 && <Text c="dimmed">{t("paymentReconciliation.noRuns")}</Text>}
      {runs.data?.runs.map((r) => (
        <RunCard key={r.id} run={r} />
      ))}
    </Stack>
  );
}

function RunCard({ run }: { run: PaymentReconciliationRun }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="payment-reconciliation-run">
      <Group gap="sm" wrap="wrap" mb="xs">
        <Text fw={600}>{run.day}</Text>
        <Badge color={run.status === "succeeded" ? "green" : "red"}>
          {t(`paymentReconciliation.status.${run.status}`)}
        </Badge>
        <Text fz="sm" c="dimmed">
          {t(`paymentReconciliation.trigger.${run.trigger}`)} ·{" "}
          {formatVietnamInstant(Date.parse(run.startedAt))}
        </Text>
        <Text fz="sm">{t("paymentReconciliation.fileLines", { count: run.fileLines })}</Text>
        <Text fz="sm">{t("paymentReconciliation.motcuaLines", { count: run.motcuaLines })}</Text>
        <Text fz="sm">{t("paymentReconciliation.matched", { count: run.matched })}</Text>
      </Group>
      {run.error && <Alert color="red">{run.error}</Alert>}
      {run.status === "succeeded" && run.lines.length === 0 ? (
        <Text fz="sm">{t("paymentReconciliation.allMatched")}</Text>
      ) : (
        run.lines.length > 0 && <Lines lines={run.lines} />
      )}
    </Paper>
  );
}

const side = (amount: number | null, status: string | null) =>
  amount === null ? "—" : `${amount.toLocaleString("vi-VN")} đồng · ${status ?? ""}`;

function Lines({ lines }: { lines: PaymentReconciliationLine[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("paymentReconciliation.columns.kind")}</Table.Th>
            <Table.Th>{t("paymentReconciliation.columns.transaction")}</Table.Th>
            <Table.Th>{t("paymentReconciliation.columns.dossier")}</Table.Th>
            <Table.Th>{t("paymentReconciliation.columns.file")}</Table.Th>
            <Table.Th>{t("paymentReconciliation.columns.motcua")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={`${line.kind}:${line.transactionRef}`} data-kind={line.kind}>
              <Table.Td>{t(`paymentReconciliation.kinds.${line.kind}`)}</Table.Td>
              <Table.Td className="mc-break">{line.transactionRef}</Table.Td>
              <Table.Td className="mc-break">{line.dossierCode}</Table.Td>
              <Table.Td>{side(line.fileAmount, line.fileStatus)}</Table.Td>
              <Table.Td>{side(line.motcuaAmount, line.motcuaStatus)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
