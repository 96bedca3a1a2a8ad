import { Alert, Button, Center, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarDay } from "../../../contracts/calendar.ts";
import { adminCalendarApi } from "../../api-client/admin-calendar.ts";
import { api } from "../../api-client/endpoints.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { agencySelectData } from "../../portal/agency-options.ts";
import { useAgencies } from "../../portal/useAgencies.ts";
import { CalendarHistoryList } from "./CalendarHistoryList.tsx";
import { DayModal } from "./DayModal.tsx";
import { OfficialScheduleImport } from "./OfficialScheduleImport.tsx";
import { useCalendarSelection } from "./useCalendarSelection.ts";
import { WorkingHoursEditor } from "./WorkingHoursEditor.tsx";
import { YearView } from "./YearView.tsx";

type Section = "days" | "hours" | "import";

/** The year view, the working hours, the official schedule import and the history of one calendar. */
export function CalendarAdmin() {
  const { t } = useTranslation();
  const { year, agencyId, years, select } = useCalendarSelection();

  const { state: agencies } = useAgencies();
  const agencyList = agencies.status === "ready" ? agencies.agencies : [];
  const agency = agencyList.find((a) => a.id === agencyId) ?? null;
  // The level an agency inherits its working hours from: its parent agency, or the national calendar.
  const parentLevel = agency ? agency.parentId : undefined;

  const calendar = useFetched(`${year}|${agencyId}`, (signal) => api.calendarYear(year, agencyId, signal));
  const parent = useFetched(
    `${year}|${parentLevel === undefined ? "none" : (parentLevel ?? "national")}`,
    (signal) =>
      parentLevel === undefined ? Promise.resolve(null) : api.calendarYear(year, parentLevel, signal),
  );
  const history = useFetched(`${agencyId}`, (signal) => adminCalendarApi.history(agencyId, signal));

  const [selectedDay, setSelectedDay] = useState<CalendarDay | null>(null);
  // The confirmation of the last change, shown next to the section it was made in.
  const [notice, setNotice] = useState<{ section: Section; text: string } | null>(null);

  function choose(next: { year?: number; agencyId?: string | null }) {
    setNotice(null);
    select(next);
  }

  function changed(section: Section, text: string) {
    setSelectedDay(null);
    setNotice({ section, text });
    calendar.reload();
    parent.reload();
    history.reload();
  }

  const noticeFor = (section: Section) =>
    notice?.section === section ? (
      <Alert
        color="teal"
        variant="light"
        withCloseButton
        onClose={() => setNotice(null)}
        data-testid="calendar-notice"
      >
        <Text role="status" fz="sm">
          {notice.text}
        </Text>
      </Alert>
    ) : null;

  return (
    <Stack gap="lg">
      <PageTitle>{t("adminCalendar.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} fz={{ base: "h3", sm: "h2" }} c="brand.8" data-testid="calendar-title">
          {t("adminCalendar.title")}
        </Title>
        <Text c="gray.7" mt={4} mb="md">
          {t("adminCalendar.intro")}
        </Text>
        <Group gap="md" align="flex-end">
          <NativeSelect
            label={t("adminCalendar.year")}
            value={String(year)}
            onChange={(event) => choose({ year: Number(event.currentTarget.value) })}
            data={years.map(String)}
            w={120}
            data-testid="calendar-year-select"
          />
          <NativeSelect
            label={t("adminCalendar.level")}
            value={agencyId ?? ""}
            onChange={(event) => choose({ agencyId: event.currentTarget.value || null })}
            data={agencySelectData(agencyList, { value: "", label: t("adminCalendar.national") }, t)}
            flex="1 1 18rem"
            maw={480}
            data-testid="calendar-level-select"
          />
        </Group>
      </Paper>

      {noticeFor("days")}
      {calendar.data ? (
        <YearView calendar={calendar.data} onDayClick={setSelectedDay} />
      ) : calendar.error ? (
        <Alert color="red" title={t("adminCalendar.loadError")} data-testid="calendar-error">
          <Text fz="sm">{errorText(calendar.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={calendar.reload}>
            {t("adminCalendar.retry")}
          </Button>
        </Alert>
      ) : (
        <Center py="xl" role="status" aria-label={t("loading")}>
          <Loader />
        </Center>
      )}

      {calendar.data && (
        <WorkingHoursEditor
          // A fresh editor for each calendar and revision: after a save it shows what was saved.
          key={`${agencyId}|${calendar.data.revisionKey}`}
          agencyId={agencyId}
          hours={calendar.data.workingHours}
          inherited={calendar.data.workingHoursInherited}
          parentHours={parent.data?.workingHours ?? null}
          onChanged={(change) =>
            changed("hours", t("adminCalendar.hours.saved", { revision: change.revision }))
          }
        />
      )}
      {noticeFor("hours")}

      {agencyId === null ? (
        <OfficialScheduleImport
          onImported={(change, importedYear) =>
            changed(
              "import",
              t("adminCalendar.import.done", { year: importedYear, revision: change.revision }),
            )
          }
        />
      ) : (
        <Text c="gray.7" fz="sm">
          {t("adminCalendar.import.nationalOnly")}
        </Text>
      )}
      {noticeFor("import")}

      <CalendarHistoryList history={history} />

      <DayModal
        day={selectedDay}
        agencyId={agencyId}
        onClose={() => setSelectedDay(null)}
        onChanged={(change) => changed("days", t("adminCalendar.saved", { revision: change.revision }))}
      />
    </Stack>
  );
}
