import {
  Alert,
  Button,
  Code,
  FileButton,
  Group,
  List,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { type ComponentProps, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgencyImportReport } from "../../../contracts/agencies.ts";
import { adminAgenciesApi } from "../../api-client/admin-agencies.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";
import { readAgencyImportDraft } from "./import-draft.ts";

// A test id on the hidden file input, so that browser tests can choose a file.
const fileInputProps = { "data-testid": "agency-import-file" } as ComponentProps<"input">;
const SHOWN_CODES = 30;

/** Saves a JSON document through a temporary link (no server round trip for the file name). */
function download(json: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the tree as JSON (anyone who may read it); import a document (system administrators). */
export function AgencyImportExport({
  canImport,
  existingCodes,
  onImported,
}: {
  canImport: boolean;
  existingCodes: ReadonlySet<string>;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<unknown>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [json, setJson] = useState("");
  const [readFailed, setReadFailed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [report, setReport] = useState<AgencyImportReport | null>(null);
  const draft = useMemo(() => readAgencyImportDraft(json, existingCodes), [json, existingCodes]);

  async function onExport() {
    setExporting(true);
    setExportFailure(null);
    try {
      const document = await adminAgenciesApi.export();
      const today = isoDate(vietnamWallClock(Date.now()));
      download(`${JSON.stringify(document, null, 2)}\n`, `co-cau-to-chuc-${today}.json`);
    } catch (error) {
      setExportFailure(error);
    } finally {
      setExporting(false);
    }
  }

  async function onFile(file: File | null) {
    setReport(null);
    setFailure(null);
    setReadFailed(false);
    if (!file) return;
    setFileName(file.name);
    try {
      setJson(await file.text());
    } catch {
      setJson("");
      setReadFailed(true);
    }
  }

  async function onSubmit() {
    if (draft.status !== "ready") return;
    setSubmitting(true);
    setFailure(null);
    try {
      setReport(await adminAgenciesApi.import(draft.value));
      setJson("");
      setFileName(null);
      onImported();
    } catch (error) {
      setFailure(error);
    } finally {
      setSubmitting(false);
    }
  }

  // Row-level problems (`agencies.N…`) next to the row's code and name; others as they come.
  const errors = Object.entries(fieldErrors(failure));
  const rowErrors = errors.flatMap(([path, message]) => {
    const match = /^agencies\.(\d+)(?:\.(.+))?$/.exec(path);
    if (!match) return [];
    const index = Number(match[1]);
    const row = draft.status === "ready" ? draft.rows[index] : undefined;
    return [{ index, field: match[2] ?? null, message, row }];
  });
  const otherErrors = errors.filter(([path]) => !/^agencies\.\d+/.test(path));

  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      component="section"
      aria-labelledby="agency-transfer-title"
    >
      <Title order={2} fz="h3" id="agency-transfer-title" mb={4}>
        {t("agencies.transfer.title")}
      </Title>
      <Text c="gray.7" fz="sm" mb="md">
        {t("agencies.transfer.intro")}
      </Text>
      <Button
        variant="outline"
        onClick={() => void onExport()}
        loading={exporting}
        data-testid="agency-export"
      >
        {t("agencies.transfer.export")}
      </Button>
      {exportFailure !== null && (
        <Alert color="red" mt="sm" title={t("agencies.transfer.exportFailed")}>
          <Text fz="sm">{errorText(exportFailure, t)}</Text>
        </Alert>
      )}

      {canImport && (
        <Stack gap="sm" mt="lg" data-testid="agency-import">
          <Text fw={700}>{t("agencies.transfer.importTitle")}</Text>
          <Text fz="sm" c="gray.8">
            {t("agencies.transfer.importIntro")}
          </Text>
          <Group gap="sm">
            <FileButton
              onChange={(file) => void onFile(file)}
              accept=".json,application/json"
              inputProps={fileInputProps}
            >
              {(props) => (
                <Button variant="default" {...props}>
                  {t("agencies.transfer.chooseFile")}
                </Button>
              )}
            </FileButton>
            {fileName && (
              <Text fz="sm" className="mc-break">
                {fileName}
              </Text>
            )}
          </Group>
          {readFailed && (
            <Text c="var(--mantine-color-error)" fz="sm">
              {t("agencies.transfer.readFailed")}
            </Text>
          )}
          {draft.status === "invalidJson" && (
            <Text c="var(--mantine-color-error)" fz="sm" data-testid="agency-import-invalid">
              {t("agencies.transfer.invalidJson", { message: draft.message })}
            </Text>
          )}
          {draft.status === "notTree" && (
            <Text c="var(--mantine-color-error)" fz="sm" data-testid="agency-import-invalid">
              {t("agencies.transfer.notTree")}
            </Text>
          )}
          {draft.status === "ready" && (
            <Alert color="blue" variant="light" data-testid="agency-import-preview">
              <Text fz="sm" fw={600}>
                {t("agencies.transfer.preview", { count: draft.rows.length })}
              </Text>
              <Text fz="sm">
                {draft.newCodes.length === 0
                  ? t("agencies.transfer.previewNoNew")
                  : t("agencies.transfer.previewNew", { count: draft.newCodes.length })}
              </Text>
              {draft.newCodes.length > 0 && (
                <Text fz="xs" ff="monospace" mt={4} className="mc-break">
                  {draft.newCodes.slice(0, SHOWN_CODES).join(", ")}
                  {draft.newCodes.length > SHOWN_CODES ? " …" : ""}
                </Text>
              )}
              <Button
                mt="sm"
                onClick={() => void onSubmit()}
                loading={submitting}
                data-testid="agency-import-submit"
              >
                {t("agencies.transfer.submit")}
              </Button>
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" title={t("agencies.transfer.failed")} data-testid="agency-import-error">
              <Text fz="sm">
                {failure instanceof ApiError ? failure.problem.detail : errorText(failure, t)}
              </Text>
              {rowErrors.length > 0 && (
                <ScrollArea.Autosize mah={320} mt="xs">
                  <Table fz="sm" withTableBorder data-testid="agency-import-row-errors">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("agencies.transfer.row")}</Table.Th>
                        <Table.Th>{t("agencies.fields.code")}</Table.Th>
                        <Table.Th>{t("agencies.transfer.problem")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rowErrors.map(({ index, field, message, row }) => (
                        <Table.Tr key={`${index}|${field}`}>
                          <Table.Td>{index + 1}</Table.Td>
                          <Table.Td>
                            <Code>{row?.code || "—"}</Code>
                            {row?.name && <Text fz="xs">{row.name}</Text>}
                          </Table.Td>
                          <Table.Td>
                            {field && <Code>{field}</Code>} {message}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
              )}
              {otherErrors.length > 0 && (
                <List fz="sm" mt="xs">
                  {otherErrors.map(([path, message]) => (
                    <List.Item key={path}>
                      <code>{path}</code>: {message}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {report && (
            <Alert
              color="teal"
              variant="light"
              title={t("agencies.transfer.done")}
              data-testid="agency-import-report"
            >
              <List fz="sm" spacing={4}>
                <List.Item data-testid="agency-import-added">
                  {t("agencies.transfer.added", { count: report.added.length })}
                  {report.added.length > 0 && <Codes codes={report.added} />}
                </List.Item>
                <List.Item data-testid="agency-import-changed">
                  {t("agencies.transfer.changed", { count: report.changed.length })}
                  {report.changed.length > 0 && <Codes codes={report.changed} />}
                </List.Item>
                <List.Item data-testid="agency-import-unchanged">
                  {t("agencies.transfer.unchanged", { count: report.unchanged })}
                </List.Item>
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function Codes({ codes }: { codes: readonly string[] }) {
  return (
    <Text fz="xs" ff="monospace" className="mc-break">
      {codes.slice(0, SHOWN_CODES).join(", ")}
      {codes.length > SHOWN_CODES ? " …" : ""}
    </Text>
  );
}
