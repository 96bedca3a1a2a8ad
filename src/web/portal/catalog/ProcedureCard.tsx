import { Anchor, Badge, Box, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProcedureSummary } from "../../../contracts/catalog.ts";
import { durationText, SERVICE_LEVEL_COLORS, SERVICE_LEVEL_TEXT } from "./format.ts";

/** How many agencies a result names before "and N more". */
const AGENCIES_SHOWN = 2;

/** One search result: code, name, field, where, service level, processing time. */
export function ProcedureCard({ procedure }: { procedure: ProcedureSummary }) {
  const { t } = useTranslation();
  const agencies = procedure.agencies;
  const more = agencies.length - AGENCIES_SHOWN;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      data-testid="catalog-result"
      data-code={procedure.code}
      style={{ borderLeft: "4px solid var(--mantine-color-brand-7)" }}
    >
      <Group gap="xs" mb={6} wrap="wrap">
        <Badge variant="light" color="gray" radius="sm" tt="none" ff="monospace" fz="sm">
          {procedure.code}
        </Badge>
        <Badge
          variant="light"
          color={SERVICE_LEVEL_COLORS[procedure.serviceLevel]}
          styles={{ label: { color: SERVICE_LEVEL_TEXT[procedure.serviceLevel] } }}
          radius="sm"
          tt="none"
          fz="sm"
          data-testid="catalog-result-level"
        >
          {t(`catalog.serviceLevel.${procedure.serviceLevel}`)}
        </Badge>
      </Group>
      <Anchor
        component={Link}
        to={`/thu-tuc/${procedure.code}`}
        fw={700}
        fz="md"
        lh={1.4}
        display="block"
        data-testid="catalog-result-link"
      >
        {procedure.name}
      </Anchor>
      <Box mt={6} className="mc-result-facts">
        <Text fz="sm">
          <Text span c="gray.7" fz="inherit">
            {t("catalog.card.field")}:{" "}
          </Text>
          {procedure.field.name}
        </Text>
        <Text fz="sm">
          <Text span c="gray.7" fz="inherit">
            {t("catalog.card.time")}:{" "}
          </Text>
          <Text span fw={600} fz="inherit">
            {durationText(procedure.processingTime, t)}
          </Text>
        </Text>
        <Text fz="sm">
          <Text span c="gray.7" fz="inherit">
            {t("catalog.card.agencies")}:{" "}
          </Text>
          {agencies
            .slice(0, AGENCIES_SHOWN)
            .map((a) => a.name)
            .join("; ")}
          {more > 0 && ` ${t("catalog.card.moreAgencies", { count: more })}`}
        </Text>
        <Text fz="sm">
          <Text span c="gray.7" fz="inherit">
            {t("catalog.card.applicants")}:{" "}
          </Text>
          {procedure.applicantTypes.map((type) => t(`catalog.applicantType.${type}`)).join(", ")}
        </Text>
      </Box>
    </Paper>
  );
}
