import { Alert, Anchor, Button, FileButton, Group, List, Paper, Text, Textarea, Title } from "@mantine/core";
import { type ComponentProps, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarChange } from "../../../contracts/calendar.ts";
import { adminCalendarApi } from "../../api-client/admin-calendar.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { errorUnder, fieldErrors } from "../../api-client/field-errors.ts";
import { officialScheduleExampleFileName, officialScheduleExampleJson } from "./official-schedule-example.ts";
import { SchedulePreviewTable } from "./SchedulePreviewTable.tsx";
import { readScheduleDraft } from "./schedule-draft.ts";

// A test id on the hidden file input, so that browser tests can choose a file.
const fileInputProps = { "data-testid": "calendar-import-file" } as ComponentProps<"input">;

const exampleHref = `data:application/json;charset=utf-8,${encodeURIComponent(officialScheduleExampleJson)}`;

/** Imports the Government's schedule of a year into the national calendar (CAL-4), with a preview. */
export function OfficialScheduleImport({
  onImported,
}: {
  onImported: (change: CalendarChange, year: string) => void;
}) {
  const { t } = useTranslation();
  const [json, setJson] = useState("");
  const [readFailed, setReadFailed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const draft = useMemo(() => readScheduleDraft(json), [json]);
  const errors = fieldErrors(failure);
  const entryErrors = (index: number) => errorUnder(errors, `entries.${index}`);
  const otherErrors = Object.entries(errors).filter(([path]) => !/^entries\.\d+(\.|$)/.test(path));

  function edit(text: string) {
    setJson(text);
    setFailure(null);
    setReadFailed(false);
  }

  async function onFile(file: File | null) {
    if (!file) return;
    try {
      edit(await file.text());
    } catch {
      setReadFailed(true);
    }
  }

  async function submit() {
    if (draft.status !== "ready") return;
    setSubmitting(true);
    setFailure(null);
    try {
      const change = await adminCalendarApi.importOfficialSchedule(draft.value);
      setJson("");
      onImported(change, draft.year);
    } catch (error) {
      setFailure(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Paper
      component="section"
      aria-labelledby="official-import-title"
      withBorder
      p={{ base: "sm", sm: "lg" }}
      data-testid="calendar-import"
    >
      <Title order={2} id="official-import-title" fz="h3" mb={4}>
        {t("adminCalendar.import.title")}
      </Title>
      <Text c="gray.7" fz="sm" mb="md">
        {t("adminCalendar.import.intro")}
      </Text>
      <Group gap="sm" mb="sm">
        <FileButton
          onChange={(file) => void onFile(file)}
          accept=".json,application/json"
          inputProps={fileInputProps}
        >
          {(props) => (
            <Button variant="outline" {...props}>
              {t("adminCalendar.import.chooseFile")}
            </Button>
          )}
        </FileButton>
        <Button
          variant="subtle"
          onClick={() => edit(officialScheduleExampleJson)}
          data-testid="calendar-import-example"
        >
          {t("adminCalendar.import.useExample")}
        </Button>
        <Anchor
          href={exampleHref}
          download={officialScheduleExampleFileName}
          fz="sm"
          fw={600}
          data-testid="calendar-import-download"
        >
          {t("adminCalendar.import.download")}
        </Anchor>
      </Group>
      <Textarea
        label={t("adminCalendar.import.json")}
        placeholder={t("adminCalendar.import.jsonPlaceholder")}
        value={json}
        onChange={(event) => edit(event.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={14}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "0.8125rem" } }}
        error={
          readFailed
            ? t("adminCalendar.import.readFailed")
            : draft.status === "invalidJson"
              ? t("adminCalendar.import.invalidJson", { message: draft.message })
              : draft.status === "notSchedule"
                ? t("adminCalendar.import.notSchedule")
                : undefined
        }
        data-testid="calendar-import-json"
      />
      {failure !== null && (
        <Alert
          color="red"
          title={t("adminCalendar.import.failed")}
          mt="md"
          data-testid="calendar-import-error"
        >
          <Text fz="sm">{failure instanceof ApiError ? failure.problem.detail : errorText(failure, t)}</Text>
          {otherErrors.length > 0 && (
            <List fz="sm" mt="xs" data-testid="calendar-import-other-errors">
              {otherErrors.map(([path, message]) => (
                <List.Item key={path}>
                  <code>{path}</code>: {message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {draft.status === "ready" && (
        <>
          <Text fw={600} mt="md" mb="xs">
            {t("adminCalendar.import.preview", { year: draft.year, source: draft.source })}
          </Text>
          <SchedulePreviewTable entries={draft.entries} errorFor={entryErrors} />
          <Button
            mt="md"
            onClick={() => void submit()}
            loading={submitting}
            data-testid="calendar-import-submit"
          >
            {t("adminCalendar.import.submit")}
          </Button>
        </>
      )}
    </Paper>
  );
}
