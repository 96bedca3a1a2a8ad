import { Alert, Box, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CalendarHistory } from "../../../contracts/calendar.ts";
import { errorText } from "../../api-client/error-text.ts";
import type { Fetched } from "../../lib/useFetched.ts";
import { formatDate, formatTime, vietnamWallClock } from "../../lib/wall-clock.ts";

/** Who changed the selected calendar, when (Vietnam time) and what: newest first. */
export function CalendarHistoryList({ history }: { history: Fetched<CalendarHistory> }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="section"
      aria-labelledby="calendar-history-title"
      withBorder
      p={{ base: "sm", sm: "lg" }}
      data-testid="calendar-history"
    >
      <Title order={2} id="calendar-history-title" fz="h3" mb="sm">
        {t("adminCalendar.history.title")}
      </Title>
      {history.data ? (
        history.data.revisions.length === 0 ? (
          <Text c="gray.7">{t("adminCalendar.history.empty")}</Text>
        ) : (
          <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: "none" }}>
            {history.data.revisions.map((revision) => {
              const when = vietnamWallClock(Date.parse(revision.changedAt));
              return (
                <Box
                  component="li"
                  key={revision.revision}
                  py="xs"
                  style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
                  data-testid="calendar-history-item"
                  data-revision={revision.revision}
                >
                  <Group gap="xs" fz="sm" c="gray.7">
                    <Text span fz="sm" fw={700} c="gray.9">
                      {t("adminCalendar.history.revision")} {revision.revision}
                    </Text>
                    <Text span fz="sm">
                      ·
                    </Text>
                    <Text span fz="sm">
                      <time dateTime={revision.changedAt}>
                        {formatTime(when)} {formatDate(when)}
                      </time>
                    </Text>
                    <Text span fz="sm">
                      ·
                    </Text>
                    <Text span fz="sm" fw={600} c="gray.9">
                      {revision.changedBy ?? t("adminCalendar.history.system")}
                    </Text>
                  </Group>
                  <Text fz="sm" mt={2}>
                    {revision.summary}
                  </Text>
                </Box>
              );
            })}
          </Stack>
        )
      ) : history.error ? (
        <Alert color="red" title={t("adminCalendar.history.loadError")}>
          <Text fz="sm">{errorText(history.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={history.reload}>
            {t("adminCalendar.retry")}
          </Button>
        </Alert>
      ) : (
        <Stack gap="xs" role="status" aria-label={t("loading")}>
          <Skeleton height={14} width="40%" />
          <Skeleton height={14} />
          <Skeleton height={14} width="70%" />
        </Stack>
      )}
    </Paper>
  );
}
