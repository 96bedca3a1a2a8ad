import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DayKind } from "../../../contracts/calendar.ts";
import type { DraftEntry } from "./schedule-draft.ts";

const isDayKind = (kind: string): kind is DayKind => (DayKind.options as readonly string[]).includes(kind);

/** The entries of an official schedule as read from the file; a row the server refused shows why. */
export function SchedulePreviewTable({
  entries,
  errorFor,
}: {
  entries: readonly DraftEntry[];
  errorFor: (index: number) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder fz="sm" data-testid="calendar-import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("adminCalendar.import.row")}</Table.Th>
            <Table.Th>{t("adminCalendar.import.from")}</Table.Th>
            <Table.Th>{t("adminCalendar.import.to")}</Table.Th>
            <Table.Th>{t("adminCalendar.import.kind")}</Table.Th>
            <Table.Th>{t("adminCalendar.import.name")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the entry's position is what errors[] refers to.
            <EntryRow key={index} index={index} entry={entry} error={errorFor(index)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EntryRow({ index, entry, error }: { index: number; entry: DraftEntry; error: string | undefined }) {
  const { t } = useTranslation();
  const { kind } = entry;
  return (
    <>
      <Table.Tr
        data-testid={`calendar-import-row-${index}`}
        data-invalid={error ? "true" : undefined}
        bg={error ? "red.0" : undefined}
      >
        <Table.Td>{index + 1}</Table.Td>
        <Table.Td ff="monospace">{entry.from}</Table.Td>
        <Table.Td ff="monospace">{entry.to}</Table.Td>
        <Table.Td>{isDayKind(kind) ? t(`adminCalendar.day.kinds.${kind}`) : <code>{kind}</code>}</Table.Td>
        <Table.Td>{entry.name}</Table.Td>
      </Table.Tr>
      {error && (
        <Table.Tr bg="red.0">
          <Table.Td
            colSpan={5}
            c="var(--mantine-color-error)"
            fw={600}
            data-testid={`calendar-import-row-error-${index}`}
          >
            {t("adminCalendar.import.problem")}: {error}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
