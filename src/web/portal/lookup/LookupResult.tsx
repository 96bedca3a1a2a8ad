import { Badge, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicDossierLookup } from "../../../contracts/dossiers.ts";
import { useWallClockText } from "../../lib/useWallClockText.ts";
import { vietnamWallClock } from "../../lib/wall-clock.ts";
import { LookupItem as Item } from "./LookupItem.tsx";

const COLORS: Record<NonNullable<PublicDossierLookup["timeliness"]>, string> = {
  on_time: "teal",
  in_time: "blue",
  late: "red",
  overdue: "red",
};
const DATES = ["submittedAt", "receivedAt", "appointment", "finishedAt"] as const;

/**
 * What anyone with the code may know (CODE-3): status, procedure, dates and whether it keeps to
 * time, as the server classified it (CAL-9; the browser's clock plays no part).
 */
export function LookupResult({ lookup }: { lookup: PublicDossierLookup }) {
  const { t } = useTranslation();
  const wallClock = useWallClockText();
  const timeliness = lookup.timeliness;

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="lookup-result-title"
      data-testid="lookup-result"
      data-status={lookup.status}
      data-timeliness={timeliness ?? ""}
    >
      <Title order={2} fz="h3" id="lookup-result-title" className="mc-break" mb="md">
        {t("publicLookup.result", { code: lookup.code })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
        <Item label={t("publicLookup.status")}>
          <Text fw={700} c="brand.8" data-testid="lookup-status">
            {lookup.statusLabel}
          </Text>
        </Item>
        {timeliness && (
          <Item label={t("publicLookup.timeliness")}>
            <Badge
              color={COLORS[timeliness]}
              variant="light"
              size="lg"
              radius="sm"
              tt="none"
              data-testid="lookup-timeliness"
            >
              {t(`publicLookup.timelinessLabels.${timeliness}`)}
            </Badge>
          </Item>
        )}
        <Item label={t("publicLookup.procedure")}>
          <Text className="mc-break" data-testid="lookup-procedure">
            {lookup.procedure.code ? `${lookup.procedure.code} — ` : ""}
            {lookup.procedure.name}
          </Text>
        </Item>
        <Item label={t("publicLookup.agency")}>
          <Text className="mc-break">{lookup.agency.name}</Text>
        </Item>
        <Item label={t("publicLookup.applicant")}>
          <Text data-testid="lookup-applicant">{lookup.applicantName}</Text>
        </Item>
        {DATES.map((key) => {
          const value = lookup[key];
          return value ? (
            <Item key={key} label={t(`publicLookup.${key}`)}>
              <Text data-testid={`lookup-${key}`}>{wallClock(vietnamWallClock(Date.parse(value)))}</Text>
            </Item>
          ) : null;
        })}
      </SimpleGrid>
      <Text fz="sm" c="gray.7" mt="md">
        {t("publicLookup.privacy")}
      </Text>
    </Paper>
  );
}
