import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { ImportReport } from "../../../contracts/catalog.ts";
import { adminCatalogApi } from "../../api-client/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { CATALOG_ADMIN_PATH } from "./paths.ts";

/**
 * `/quan-tri/thu-tuc/nhap-xuat`: the catalog as a file (CFG-1; format in docs/catalog-import-format.md).
 * An import is all or nothing: it is checked first (dry run) and its report lists every refused
 * record with the path of each problem (`procedures[3].fees[0].amount`).
 */
export function ImportExportPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const manage = can(officer.roles, "catalog.manage");
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "check" | "apply">(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const parsed = useMemo((): { ok: true; value: unknown } | { ok: false; message: string } | null => {
    if (text.trim() === "") return null;
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [text]);

  async function download() {
    setExporting(true);
    setExportError(null);
    try {
      const file = await adminCatalogApi.exportFile();
      const blob = new Blob([JSON.stringify(file, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `motcua-thu-tuc-${isoDate(vietnamWallClock(Date.now()))}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  async function load(file: File | null) {
    if (!file) return;
    setFileName(file.name);
    setReport(null);
    setText(await file.text());
  }

  async function run(dryRun: boolean) {
    if (!parsed?.ok) return;
    setBusy(dryRun ? "check" : "apply");
    setFailure(null);
    setReport(null);
    try {
      setReport(await adminCatalogApi.importFile(parsed.value, dryRun));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={t("adminCatalog.io.title")}
        intro={t("adminCatalog.io.intro")}
        back={{ to: CATALOG_ADMIN_PATH, label: t("adminCatalog.backToList") }}
        data-testid="catalog-io-title"
      />
      <Paper withBorder p={{ base: "md", sm: "xl" }}>
        <Title order={2} fz="h4" mb={4}>
          {t("adminCatalog.io.exportTitle")}
        </Title>
        <Text fz="sm" c="gray.7" mb="sm">
          {t("adminCatalog.io.exportIntro")}
        </Text>
        <Button onClick={() => void download()} loading={exporting} data-testid="catalog-export">
          {t("adminCatalog.io.export")}
        </Button>
        {exportError !== null && (
          <Alert color="red" mt="sm">
            {errorText(exportError, t)}
          </Alert>
        )}
      </Paper>

      <Paper withBorder p={{ base: "md", sm: "xl" }}>
        <Title order={2} fz="h4" mb={4}>
          {t("adminCatalog.io.importTitle")}
        </Title>
        <Text fz="sm" c="gray.7" mb="sm">
          {t("adminCatalog.io.importIntro")}
        </Text>
        <Group gap="sm" mb="sm">
          <FileButton onChange={(file) => void load(file)} accept="application/json,.json">
            {(props) => (
              <Button variant="default" {...props} data-testid="catalog-import-file">
                {t("adminCatalog.io.chooseFile")}
              </Button>
            )}
          </FileButton>
          {fileName && (
            <Text fz="sm" c="gray.7">
              {fileName}
            </Text>
          )}
        </Group>
        <Textarea
          label={t("adminCatalog.io.paste")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setReport(null);
          }}
          autosize
          minRows={6}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
          error={parsed && !parsed.ok ? parsed.message : undefined}
          data-testid="catalog-import-text"
        />
        <Group gap="sm" mt="sm">
          <Button
            variant="light"
            onClick={() => void run(true)}
            loading={busy === "check"}
            disabled={!parsed?.ok || busy !== null}
            data-testid="catalog-import-check"
          >
            {t("adminCatalog.io.check")}
          </Button>
          {manage && (
            <Button
              onClick={() => void run(false)}
              loading={busy === "apply"}
              disabled={!parsed?.ok || busy !== null || !report?.dryRun || report.rejected.length > 0}
              data-testid="catalog-import-apply"
            >
              {t("adminCatalog.io.apply")}
            </Button>
          )}
        </Group>
        {manage && (
          <Text fz="xs" c="gray.7" mt={4}>
            {t("adminCatalog.io.applyHint")}
          </Text>
        )}
        {failure !== null && (
          <Alert color="red" mt="md" title={t("adminCatalog.io.failed")}>
            {errorText(failure, t)}
          </Alert>
        )}
        {report && <Report report={report} />}
      </Paper>
    </Stack>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const refused = report.rejected.length > 0;
  return (
    <Stack
      gap="sm"
      mt="md"
      data-testid="catalog-import-report"
      data-applied={report.applied}
      data-rejected={report.rejected.length}
    >
      <Alert
        color={refused ? "red" : report.applied ? "teal" : "blue"}
        variant="light"
        title={
          refused
            ? t("adminCatalog.io.rejectedTitle", { count: report.rejected.length })
            : report.applied
              ? t("adminCatalog.io.appliedTitle")
              : t("adminCatalog.io.dryRunTitle")
        }
      >
        <Text fz="sm">
          {refused
            ? t("adminCatalog.io.nothingChanged")
            : report.applied
              ? t("adminCatalog.io.applied")
              : t("adminCatalog.io.dryRun")}
        </Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Count
          label={t("adminCatalog.io.added")}
          items={report.added.map((a) => `${a.code} (v${a.version})`)}
          color="teal"
        />
        <Count
          label={t("adminCatalog.io.changed")}
          items={report.changed.map((c) => `${c.code} (v${c.previousVersion ?? "—"} → v${c.version})`)}
          color="blue"
        />
        <Count
          label={t("adminCatalog.io.unchanged")}
          items={report.unchanged.map((u) => u.code)}
          color="gray"
        />
      </SimpleGrid>
      {refused && (
        <Table className="mc-stack-table" verticalSpacing="xs" data-testid="catalog-import-rejected">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("adminCatalog.io.record")}</Table.Th>
              <Table.Th>{t("adminCatalog.io.problems")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rejected.map((r) => (
              <Table.Tr key={r.index}>
                <Table.Td data-label={t("adminCatalog.io.record")}>
                  {t("adminCatalog.io.recordN", { n: r.index + 1 })}
                  {r.code && (
                    <Text span ff="monospace" fz="sm" ml={6}>
                      {r.code}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t("adminCatalog.io.problems")}>
                  <List size="sm" spacing={2}>
                    {r.errors.map((e) => (
                      <List.Item key={e.path + e.message}>
                        <Text span ff="monospace" fz="sm">
                          {e.path}
                        </Text>
                        : {e.message}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Count({ label, items, color }: { label: string; items: string[]; color: string }) {
  return (
    <Paper withBorder p="sm">
      <Group gap="xs" mb={4}>
        <Badge color={color} variant="light" radius="sm">
          {items.length}
        </Badge>
        <Text fw={600} fz="sm">
          {label}
        </Text>
      </Group>
      {items.length > 0 && (
        <Text fz="xs" c="gray.7" className="mc-break">
          {items.slice(0, 30).join(", ")}
          {items.length > 30 ? "…" : ""}
        </Text>
      )}
    </Paper>
  );
}
