import { Alert, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RatingCounts } from "../../../contracts/satisfaction.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { satisfactionApi } from "./api.ts";

/** SAT-2: the ratings per agency and per one-stop officer, on the public statistics page. */
export function SatisfactionSection() {
  const { t } = useTranslation();
  const fetched = useFetched("satisfaction", (signal) => satisfactionApi.publicSatisfaction(signal));
  const data = fetched.data;
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      component="section"
      aria-labelledby="satisfaction-heading"
      data-testid="satisfaction-section"
    >
      <Title order={2} fz="h3" id="satisfaction-heading" mb={4}>
        {t("satisfaction.public.title")}
      </Title>
      <Text fz="sm" c="gray.7" mb="md">
        {t("satisfaction.public.intro")}
      </Text>
      {fetched.error !== null && (
        <Alert color="red" title={t("satisfaction.public.loadError")}>
          {errorText(fetched.error, t)}
        </Alert>
      )}
      {data && data.agencies.length === 0 && <Text c="gray.7">{t("satisfaction.public.empty")}</Text>}
      {data && data.agencies.length > 0 && (
        <Stack gap="lg">
          <CountsTable
            caption={t("satisfaction.public.byAgency")}
            nameHeader={t("satisfaction.public.agency")}
            rows={data.agencies.map((row) => ({ key: row.agencyId, name: row.name, counts: row.counts }))}
            testId="satisfaction-agencies"
          />
          {data.officers.length > 0 && (
            <CountsTable
              caption={t("satisfaction.public.byOfficer")}
              nameHeader={t("satisfaction.public.officer")}
              rows={data.officers.map((row) => ({
                key: row.officerId,
                name: `${row.name} (${row.agencyName})`,
                counts: row.counts,
              }))}
              testId="satisfaction-officers"
            />
          )}
        </Stack>
      )}
    </Paper>
  );
}

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 1000) / 10}%`);

function CountsTable({
  caption,
  nameHeader,
  rows,
  testId,
}: {
  caption: string;
  nameHeader: string;
  rows: { key: string; name: string; counts: RatingCounts }[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer
      minWidth={520}
      // Scrolled sideways on a phone: reachable with the keyboard too (WCAG 2.1.1).
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: "region", "aria-label": caption } }}
    >
      <Table striped captionSide="top" data-testid={testId}>
        <Table.Caption style={{ textAlign: "left", fontWeight: 700 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameHeader}</Table.Th>
            <Table.Th ta="right">{t("satisfaction.levels.very_satisfied")}</Table.Th>
            <Table.Th ta="right">{t("satisfaction.levels.satisfied")}</Table.Th>
            <Table.Th ta="right">{t("satisfaction.levels.unsatisfied")}</Table.Th>
            <Table.Th ta="right">{t("satisfaction.public.total")}</Table.Th>
            <Table.Th ta="right">{t("satisfaction.public.share")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-name={row.name}>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td ta="right">{row.counts.verySatisfied}</Table.Td>
              <Table.Td ta="right">{row.counts.satisfied}</Table.Td>
              <Table.Td ta="right">{row.counts.unsatisfied}</Table.Td>
              <Table.Td ta="right">{row.counts.total}</Table.Td>
              <Table.Td ta="right">{percent(row.counts.satisfiedShare)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
