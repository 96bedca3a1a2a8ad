import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarChange, WorkingPeriod } from "../../../contracts/calendar.ts";
import { adminCalendarApi } from "../../api-client/admin-calendar.ts";
import { errorText } from "../../api-client/error-text.ts";
import { errorUnder, fieldErrors } from "../../api-client/field-errors.ts";
import { PeriodRow } from "./PeriodRow.tsx";

const MAX_PERIODS = 4;

const formatPeriods = (periods: readonly WorkingPeriod[]) =>
  periods.map((p) => `${p.start}–${p.end}`).join(", ");

interface Props {
  agencyId: string | null;
  /** The working hours in force for the selected calendar. */
  hours: readonly WorkingPeriod[];
  /** True when the agency has no hours of its own and uses its parent's (`CalendarYear.workingHoursInherited`). */
  inherited: boolean;
  /** The parent level's hours (an agency only; null for the national calendar or while loading). */
  parentHours: readonly WorkingPeriod[] | null;
  onChanged: (change: CalendarChange) => void;
}

/**
 * The working periods of the selected calendar. An agency either inherits its parent's hours
 * (`periods: null`) or has its own.
 */
export function WorkingHoursEditor({ agencyId, hours, inherited, parentHours, onChanged }: Props) {
  const { t } = useTranslation();
  const isAgency = agencyId !== null;
  const [inherit, setInherit] = useState(isAgency && inherited);
  const [periods, setPeriods] = useState<WorkingPeriod[]>(() => hours.map((p) => ({ ...p })));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = (index: number, field: keyof WorkingPeriod, value: string) =>
    setPeriods((list) => list.map((p, i) => (i === index ? { ...p, [field]: value } : p)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    if (!inherit) {
      const missing = periods.findIndex(
        (p) => !/^\d{2}:\d{2}$/.test(p.start) || !/^\d{2}:\d{2}$/.test(p.end),
      );
      if (missing >= 0) {
        setErrors({ [`periods.${missing}`]: t("adminCalendar.hours.required") });
        return;
      }
    }
    setSaving(true);
    try {
      onChanged(await adminCalendarApi.setWorkingHours(agencyId, inherit ? null : periods));
    } catch (error) {
      setFailure(errorText(error, t));
      setErrors(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  }

  const rowError = (index: number) =>
    errorUnder(errors, `periods.${index}`) ?? errorUnder(errors, `workingHours.${index}`);

  return (
    <Paper
      component="section"
      aria-labelledby="working-hours-title"
      withBorder
      p={{ base: "sm", sm: "lg" }}
      data-testid="working-hours"
    >
      <Title order={2} id="working-hours-title" fz="h3" mb={4}>
        {t("adminCalendar.hours.title")}
      </Title>
      <Text c="gray.7" fz="sm" mb="md">
        {t("adminCalendar.hours.intro")}
      </Text>
      <form noValidate onSubmit={onSubmit}>
        <Stack gap="sm" maw={520}>
          {failure && (
            <Alert color="red" title={t("adminCalendar.hours.failed")} data-testid="working-hours-error">
              {failure}
            </Alert>
          )}
          {isAgency && (
            <SegmentedControl
              aria-label={t("adminCalendar.hours.mode")}
              value={inherit ? "inherit" : "own"}
              onChange={(value) => setInherit(value === "inherit")}
              data={[
                { value: "inherit", label: t("adminCalendar.hours.inherit") },
                { value: "own", label: t("adminCalendar.hours.own") },
              ]}
              data-testid="working-hours-mode"
            />
          )}
          {inherit ? (
            <Text fz="sm" data-testid="working-hours-inherit-note">
              {inherited
                ? t("adminCalendar.hours.inheritNote", { hours: formatPeriods(hours) })
                : parentHours
                  ? t("adminCalendar.hours.willInheritNote", { hours: formatPeriods(parentHours) })
                  : t("adminCalendar.hours.willInheritNoteGeneric")}
            </Text>
          ) : (
            <>
              {periods.map((period, index) => (
                <PeriodRow
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions ("period 1, 2…"), not entities.
                  key={index}
                  index={index}
                  period={period}
                  error={rowError(index)}
                  onChange={update}
                  onRemove={
                    periods.length > 1 ? () => setPeriods((list) => list.filter((_, i) => i !== index)) : null
                  }
                />
              ))}
              <Group>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  disabled={periods.length >= MAX_PERIODS}
                  onClick={() => setPeriods((list) => [...list, { start: "", end: "" }])}
                  data-testid="working-hours-add"
                >
                  + {t("adminCalendar.hours.add")}
                </Button>
              </Group>
            </>
          )}
          <Group>
            <Button type="submit" loading={saving} data-testid="working-hours-save">
              {t("adminCalendar.hours.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
