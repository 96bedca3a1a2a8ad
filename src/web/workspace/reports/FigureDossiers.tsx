import { Alert, Anchor, Button, Group, Pagination, Paper, Table, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Ii06aDossierPage } from "../../../contracts/reports.ts";
import { errorText } from "../../api-client/error-text.ts";
import { formatMoment } from "../../citizen/format.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { dossierPath } from "../dossiers/paths.ts";
import { useStatusLabel } from "../dossiers/useStatusLabel.ts";
import type { ChosenFigure } from "./Ii06aTable.tsx";
import { type Ii06aRequest, reportsApi } from "./reports-api.ts";

const PAGE_SIZE = 20;

interface Props {
  request: Ii06aRequest;
  figure: ChosenFigure;
  onClose: () => void;
}

/**
 * RPT-7: the dossiers behind one figure of Biểu II.06a, a page at a time, counted by the same rule
 * as the figure (the server's total is the figure); each code opens its dossier.
 */
export function FigureDossiers({ request, figure, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ReportDossierList
      title={t("reports.drill.title", { column: figure.columnLabel, row: figure.rowLabel })}
      fetchKey={JSON.stringify([request, figure.column, figure.row])}
      load={(page, signal) => reportsApi.ii06aDossiers(request, figure, page, signal)}
      onClose={onClose}
    />
  );
}

interface ListProps {
  title: string;
  /** Changes when the figure changes (the list is fetched again). */
  fetchKey: string;
  load: (page: { page: number; pageSize: number }, signal: AbortSignal) => Promise<Ii06aDossierPage>;
  onClose: () => void;
  /** Prefix of the test ids (Biểu II.06a: `ii06a-drill`). */
  testId?: string;
}

/**
 * The dossiers behind any report figure (Biểu II.06a, the leaders' dashboard), a page at a time;
 * the server's total is the figure (RPT-7); each code opens its dossier.
 */
export function ReportDossierList({ title, fetchKey, load, onClose, testId = "ii06a-drill" }: ListProps) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const [page, setPage] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useFetched(JSON.stringify([fetchKey, page]), (signal) =>
    load({ page, pageSize: PAGE_SIZE }, signal),
  );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  // Opening a figure takes the reader (and a screen reader's focus) to its list.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus();
  }, []);

  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Title order={2} fz="h4" id={`${testId}-title`} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        <Button variant="default" size="xs" onClick={onClose} className="mc-no-print">
          {t("reports.drill.close")}
        </Button>
      </Group>
      <Text fw={700} role="status" mb="sm" data-testid={`${testId}-total`} data-total={list.data?.total}>
        {list.data ? t("reports.drill.count", { count: list.data.total }) : t("loading")}
      </Text>
      {list.error ? (
        <Alert color="red" title={t("reports.drill.loadError")} data-testid={`${testId}-error`}>
          <Text fz="sm">{errorText(list.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={list.reload}>
            {t("admin.retry")}
          </Button>
        </Alert>
      ) : !list.data ? (
        <PageLoader />
      ) : list.data.items.length === 0 ? (
        <Text c="gray.7">{t("reports.drill.empty")}</Text>
      ) : (
        <Table className="mc-stack-table" verticalSpacing="xs" data-testid={`${testId}-table`}>
          <Table.Thead>
            <Table.Tr>
              {(
                [
                  "code",
                  "applicant",
                  "procedure",
                  "channel",
                  "status",
                  "received",
                  "due",
                  "resolved",
                ] as const
              ).map((column) => (
                <Table.Th key={column}>{t(`reports.drill.${column}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((dossier) => (
              <Table.Tr key={dossier.id} data-testid={`${testId}-row`} data-code={dossier.code}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={dossierPath(dossier.id)}
                    fw={700}
                    ff="monospace"
                    className="mc-break"
                  >
                    {dossier.code}
                  </Anchor>
                </Table.Td>
                <Table.Td data-label={t("reports.drill.applicant")}>{dossier.applicantName}</Table.Td>
                <Table.Td data-label={t("reports.drill.procedure")}>{dossier.procedureName}</Table.Td>
                <Table.Td data-label={t("reports.drill.channel")}>
                  {t(`dossierPage.channels.${dossier.channel}`)}
                </Table.Td>
                <Table.Td data-label={t("reports.drill.status")}>
                  {statusLabel(dossier.status, dossier.status)}
                </Table.Td>
                <Table.Td data-label={t("reports.drill.received")}>
                  {dossier.receivedAt ? formatMoment(dossier.receivedAt) : "—"}
                </Table.Td>
                <Table.Td data-label={t("reports.drill.due")}>
                  {dossier.dueAt ? formatMoment(dossier.dueAt) : "—"}
                </Table.Td>
                <Table.Td data-label={t("reports.drill.resolved")}>
                  {dossier.resolvedAt ? formatMoment(dossier.resolvedAt) : "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Group justify="center" mt="md" className="mc-no-print">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            aria-label={t("admin.pagination")}
            getControlProps={(control) => ({ "data-testid": `${testId}-${control}` })}
            data-testid={`${testId}-pagination`}
          />
        </Group>
      )}
    </Paper>
  );
}
