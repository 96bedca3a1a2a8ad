import "./calendar.css";
import { Badge, Group, Paper, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarDay, CalendarYear, ResolvedDayKind } from "../../../contracts/calendar.ts";
import { isoDate, monthKeys, vietnamWallClock } from "../../lib/wall-clock.ts";
import { MonthGrid } from "./MonthGrid.tsx";

const legendKinds: readonly ResolvedDayKind[] = ["holiday", "day_off", "working_day", "weekend", "weekday"];

/** Twelve month grids that wrap with the width (one column at 360 px), with a legend. */
export function YearView({
  calendar,
  onDayClick,
}: {
  calendar: CalendarYear;
  onDayClick: (day: CalendarDay) => void;
}) {
  const { t } = useTranslation();
  const today = isoDate(vietnamWallClock(Date.now()));
  const months = useMemo(() => {
    const byMonth: CalendarDay[][] = Array.from({ length: 12 }, () => []);
    for (const day of calendar.days) byMonth[Number(day.date.slice(5, 7)) - 1]?.push(day);
    return byMonth;
  }, [calendar.days]);

  return (
    <Paper component="section" aria-labelledby="calendar-year-title" withBorder p={{ base: "sm", sm: "lg" }}>
      <Group justify="space-between" align="center" gap="xs" mb={4}>
        <Title order={2} id="calendar-year-title" fz="h3">
          {t("adminCalendar.yearTitle", { year: calendar.year })}
        </Title>
        {calendar.official ? (
          <Badge
            color="teal.8"
            variant="filled"
            radius="sm"
            tt="none"
            size="lg"
            data-testid="calendar-official"
          >
            {t("adminCalendar.official")}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" radius="sm" tt="none" data-testid="calendar-not-official">
            {t("adminCalendar.notOfficial")}
          </Badge>
        )}
      </Group>
      <Text c="gray.7" fz="sm" mb="sm">
        {t("adminCalendar.yearHint")}
      </Text>
      <Group
        component="ul"
        aria-label={t("adminCalendar.legend")}
        gap="xs"
        p={0}
        m={0}
        mb="md"
        style={{ listStyle: "none", columnGap: "var(--mantine-spacing-lg)" }}
        data-testid="calendar-legend"
      >
        {legendKinds.map((kind) => (
          <Group key={kind} component="li" gap={6} wrap="nowrap">
            <span className="mc-cal-swatch" data-kind={kind} aria-hidden="true" />
            <Text fz="sm">{t(`adminCalendar.kinds.${kind}`)}</Text>
          </Group>
        ))}
      </Group>
      <div
        className="mc-cal-months"
        data-testid="calendar-year"
        data-year={calendar.year}
        data-revision-key={calendar.revisionKey}
      >
        {months.map((days, index) => (
          <MonthGrid
            key={monthKeys[index]}
            month={index + 1}
            days={days}
            today={today}
            onDayClick={onDayClick}
          />
        ))}
      </div>
    </Paper>
  );
}
