import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CalendarChange, type CalendarDay, DayKind } from "../../../contracts/calendar.ts";
import { adminCalendarApi } from "../../api-client/admin-calendar.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { useDateText } from "../../lib/useWallClockText.ts";
import { parseIsoDate } from "../../lib/wall-clock.ts";

interface Props {
  day: CalendarDay | null;
  agencyId: string | null;
  onClose: () => void;
  onChanged: (change: CalendarChange) => void;
}

/** Sets one day of the selected calendar (holiday, day off, worked Saturday) or returns it to default. */
export function DayModal({ day, agencyId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const date = day && parseIsoDate(day.date);
  return (
    <Modal
      opened={day !== null}
      onClose={onClose}
      title={t("adminCalendar.day.title", { date: date ? dateText(date) : "" })}
      centered
    >
      {/* Keyed by date: a newly opened day starts from its own values. */}
      {day && (
        <DayForm key={day.date} day={day} agencyId={agencyId} onClose={onClose} onChanged={onChanged} />
      )}
    </Modal>
  );
}

/** What a day most likely becomes: a weekday is given a day off, a weekend day is worked. */
function suggestedKind(day: CalendarDay): DayKind {
  if (day.kind === "holiday" || day.kind === "day_off" || day.kind === "working_day") return day.kind;
  return day.kind === "weekend" ? "working_day" : "day_off";
}

function DayForm({ day, agencyId, onClose, onChanged }: Props & { day: CalendarDay }) {
  const { t } = useTranslation();
  const special = day.kind !== "weekday" && day.kind !== "weekend";
  const canReset = day.setting === "own";
  const kindLabel = t(`adminCalendar.kinds.${day.kind}`);
  const currentText = day.name === kindLabel ? kindLabel : `${kindLabel} — ${day.name}`;
  const [kind, setKind] = useState<DayKind>(suggestedKind(day));
  const [name, setName] = useState(special ? day.name : "");
  const [busy, setBusy] = useState<"save" | "reset" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function run(action: "save" | "reset", call: () => Promise<CalendarChange>) {
    setBusy(action);
    setFailure(null);
    setErrors({});
    try {
      onChanged(await call());
    } catch (error) {
      setFailure(errorText(error, t));
      setErrors(fieldErrors(error));
      setBusy(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === "") {
      setErrors({ name: t("adminCalendar.day.nameRequired") });
      const field = event.currentTarget.elements.namedItem("name");
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    void run("save", () => adminCalendarApi.setDay(day.date, { agencyId, kind, name: name.trim() }));
  }

  return (
    <form noValidate onSubmit={onSubmit} data-testid="calendar-day-modal" data-date={day.date}>
      <Stack gap="md">
        <Text fz="sm" c="gray.8" data-testid="calendar-day-current">
          {t("adminCalendar.day.current", { name: currentText })}
        </Text>
        {failure && (
          <Alert color="red" title={t("adminCalendar.day.failed")} data-testid="calendar-day-error">
            {failure}
          </Alert>
        )}
        <NativeSelect
          name="kind"
          label={t("adminCalendar.day.kind")}
          value={kind}
          onChange={(event) => setKind(DayKind.parse(event.currentTarget.value))}
          data={DayKind.options.map((value) => ({ value, label: t(`adminCalendar.day.kinds.${value}`) }))}
          error={errors.kind}
          data-testid="calendar-day-kind"
        />
        <TextInput
          name="name"
          label={t("adminCalendar.day.name")}
          placeholder={t("adminCalendar.day.namePlaceholder")}
          value={name}
          maxLength={200}
          required
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-testid="calendar-day-name"
          data-autofocus
        />
        {day.setting !== "default" && (
          <Text fz="xs" c="gray.7" data-testid="calendar-day-setting" data-setting={day.setting}>
            {t(day.setting === "own" ? "adminCalendar.day.resetHint" : "adminCalendar.day.inheritedHint")}
          </Text>
        )}
        <Group justify={canReset ? "space-between" : "flex-end"} gap="sm">
          {/* Only a day set at this level can return to default (the server refuses others: CALENDAR_DAY_NOT_SET). */}
          {canReset && (
            <Button
              variant="outline"
              color="gray.8"
              loading={busy === "reset"}
              disabled={busy !== null}
              onClick={() => void run("reset", () => adminCalendarApi.resetDay(day.date, agencyId))}
              data-testid="calendar-day-reset"
            >
              {t("adminCalendar.day.reset")}
            </Button>
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy !== null}>
              {t("adminCalendar.day.cancel")}
            </Button>
            <Button
              type="submit"
              loading={busy === "save"}
              disabled={busy !== null}
              data-testid="calendar-day-save"
            >
              {t("adminCalendar.day.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
