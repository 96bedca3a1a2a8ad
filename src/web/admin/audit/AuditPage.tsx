import "../admin.css";
import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import { type AuditFilters, adminAuditApi } from "../../api-client/admin-audit.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { AuditEntryDrawer, actorText } from "./AuditEntryDrawer.tsx";
import { AuditOutcomeBadge } from "./AuditOutcomeBadge.tsx";
import {
  actionLabel,
  actionLabelKey,
  knownActions,
  knownObjectTypes,
  objectTypeLabel,
} from "./audit-actions.ts";
import { dayEndExclusive, dayStart, isIsoDate } from "./audit-dates.ts";
import { detailSummary } from "./audit-detail.ts";

const PAGE_SIZE = 50;
const outcomes = ["success", "denied", "rejected", "error"] as const;

/** The filters and their names in the address (`?nguoi=…&thaotac=…`), so that a view can be shared. */
const params = {
  actorId: "nguoi",
  action: "thaotac",
  objectType: "doituong",
  objectId: "madoituong",
  dossierCode: "mahoso",
  outcome: "ketqua",
  from: "tu",
  to: "den",
} as const;
type FilterName = keyof typeof params;
type FilterValues = Record<FilterName, string>;

/** `/quan-tri/nhat-ky`: the audit trail (SEC-2) for administrators, procedure control and the operator. */
export default function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="audit.read" title={t("audit.title")} forbiddenTestId="audit-forbidden">
      {() => <AuditViewer />}
    </RequireOfficer>
  );
}

function readFilters(search: URLSearchParams): FilterValues {
  const values = {} as FilterValues;
  for (const [name, key] of Object.entries(params) as [FilterName, string][]) {
    values[name] = search.get(key)?.trim() ?? "";
  }
  return values;
}

/** What the API is asked: dates are whole days in Vietnam time, `to` included. */
function toQuery(values: FilterValues): AuditFilters {
  const query: AuditFilters = {};
  if (values.actorId) query.actorId = values.actorId;
  if (values.action) query.action = values.action;
  if (values.objectType) query.objectType = values.objectType;
  if (values.objectId) query.objectId = values.objectId;
  if (values.dossierCode) query.dossierCode = values.dossierCode;
  if ((outcomes as readonly string[]).includes(values.outcome)) query.outcome = values.outcome;
  if (isIsoDate(values.from)) query.from = dayStart(values.from);
  if (isIsoDate(values.to)) query.to = dayEndExclusive(values.to);
  return query;
}

function AuditViewer() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const applied = readFilters(search);
  const query = toQuery(applied);
  const key = JSON.stringify(query);
  const [draft, setDraft] = useState<FilterValues>(applied);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [opened, setOpened] = useState<AuditEntry | null>(null);

  const first = useFetched(key, (signal) => adminAuditApi.list(query, null, PAGE_SIZE, signal));
  // Pages fetched with "Xem thêm", for the current filters only.
  const [more, setMore] = useState<{ key: string; entries: AuditEntry[]; nextBefore: number | null } | null>(
    null,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const extra = more?.key === key ? more : null;
  const entries = first.data ? [...first.data.entries, ...(extra?.entries ?? [])] : [];
  const nextBefore = extra ? extra.nextBefore : (first.data?.nextBefore ?? null);

  function apply(values: FilterValues) {
    if (isIsoDate(values.from) && isIsoDate(values.to) && values.from > values.to) {
      setDraftError(t("audit.filters.datesReversed"));
      return;
    }
    setDraftError(null);
    const next = new URLSearchParams();
    for (const [name, param] of Object.entries(params) as [FilterName, string][]) {
      const value = values[name].trim();
      if (value) next.set(param, value);
    }
    setSearch(next, { replace: true });
    setMore(null);
    setMoreError(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(draft);
  }

  async function loadMore() {
    if (nextBefore === null) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await adminAuditApi.list(query, nextBefore, PAGE_SIZE);
      setMore({ key, entries: [...(extra?.entries ?? []), ...page.entries], nextBefore: page.nextBefore });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  const set = (name: FilterName) => (value: string | null) =>
    setDraft((d) => ({ ...d, [name]: value ?? "" }));
  const actionOptions = useMemo(() => {
    const known = knownActions.map((action) => ({ value: action, label: actionLabel(action, t) }));
    if (applied.action && !actionLabelKey(applied.action))
      known.push({ value: applied.action, label: applied.action });
    return known.sort((a, b) => a.label.localeCompare(b.label, "vi"));
  }, [t, applied.action]);
  const objectTypes = [...knownObjectTypes];
  if (draft.objectType && !objectTypes.includes(draft.objectType)) objectTypes.push(draft.objectType);

  return (
    <>
      <AdminPageHeader title={t("audit.title")} intro={t("audit.intro")} data-testid="audit-title">
        <Alert color="blue" variant="light" data-testid="audit-verify-note">
          <Text fz="sm">
            {t("audit.verifyNote")} <Code>npm run audit:verify</Code>
          </Text>
        </Alert>
      </AdminPageHeader>

      <Paper
        withBorder
        p={{ base: "md", sm: "lg" }}
        mt="lg"
        component="section"
        aria-labelledby="audit-filters"
      >
        <Text id="audit-filters" fw={700} mb="sm">
          {t("audit.filters.title")}
        </Text>
        <form noValidate onSubmit={onSubmit} data-testid="audit-filter-form">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            <Select
              label={t("audit.filters.action")}
              placeholder={t("audit.filters.anyAction")}
              data={actionOptions}
              value={draft.action || null}
              onChange={set("action")}
              searchable
              clearable
              nothingFoundMessage={t("audit.filters.noAction")}
              renderOption={({ option }) => (
                <div>
                  <Text fz="sm">{option.label}</Text>
                  <Text fz="xs" c="gray.7" ff="monospace" className="mc-break">
                    {option.value}
                  </Text>
                </div>
              )}
              comboboxProps={{ withinPortal: true }}
              data-testid="audit-filter-action"
            />
            <NativeSelect
              label={t("audit.filters.outcome")}
              value={draft.outcome}
              onChange={(event) => set("outcome")(event.currentTarget.value)}
              data={[
                { value: "", label: t("audit.filters.anyOutcome") },
                ...outcomes.map((value) => ({ value, label: t(`auditOutcomes.${value}`) })),
              ]}
              data-testid="audit-filter-outcome"
            />
            <TextInput
              type="date"
              label={t("audit.filters.from")}
              value={draft.from}
              onChange={(event) => set("from")(event.currentTarget.value)}
              error={draftError ?? undefined}
              data-testid="audit-filter-from"
            />
            <TextInput
              type="date"
              label={t("audit.filters.to")}
              value={draft.to}
              onChange={(event) => set("to")(event.currentTarget.value)}
              data-testid="audit-filter-to"
            />
            <TextInput
              label={t("audit.filters.actorId")}
              description={t("audit.filters.actorIdHint")}
              value={draft.actorId}
              onChange={(event) => set("actorId")(event.currentTarget.value)}
              spellCheck={false}
              maxLength={100}
              data-testid="audit-filter-actor"
            />
            <NativeSelect
              label={t("audit.filters.objectType")}
              value={draft.objectType}
              onChange={(event) => set("objectType")(event.currentTarget.value)}
              data={[
                { value: "", label: t("audit.filters.anyObjectType") },
                ...objectTypes.map((value) => ({ value, label: objectTypeLabel(value, t) })),
              ]}
              data-testid="audit-filter-object-type"
            />
            <TextInput
              label={t("audit.filters.objectId")}
              description={t("audit.filters.objectIdHint")}
              value={draft.objectId}
              onChange={(event) => set("objectId")(event.currentTarget.value)}
              spellCheck={false}
              maxLength={200}
              data-testid="audit-filter-object-id"
            />
            <TextInput
              label={t("audit.filters.dossierCode")}
              description={t("audit.filters.dossierCodeHint")}
              value={draft.dossierCode}
              onChange={(event) => set("dossierCode")(event.currentTarget.value)}
              spellCheck={false}
              maxLength={60}
              data-testid="audit-filter-dossier-code"
            />
          </SimpleGrid>
          <Group mt="md" gap="sm">
            <Button type="submit" data-testid="audit-filter-apply">
              {t("audit.filters.apply")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                const empty = readFilters(new URLSearchParams());
                setDraft(empty);
                apply(empty);
              }}
              data-testid="audit-filter-clear"
            >
              {t("audit.filters.clear")}
            </Button>
          </Group>
        </form>
      </Paper>

      <Paper withBorder p={{ base: "sm", sm: "lg" }} mt="lg" component="section" aria-labelledby="audit-list">
        <Group justify="space-between" mb="sm">
          <Text id="audit-list" fw={700} role="status" data-testid="audit-count">
            {first.data ? t("audit.shown", { count: entries.length }) : t("loading")}
          </Text>
          {first.loading && first.data && <Loader size="xs" aria-hidden="true" />}
        </Group>
        {first.error ? (
          <Alert color="red" title={t("audit.loadError")} data-testid="audit-error">
            <Text fz="sm">{errorText(first.error, t)}</Text>
            <Button mt="sm" variant="outline" onClick={first.reload}>
              {t("admin.retry")}
            </Button>
          </Alert>
        ) : !first.data ? (
          <Center py="xl">
            <Loader aria-label={t("loading")} />
          </Center>
        ) : entries.length === 0 ? (
          <Text c="gray.7" data-testid="audit-empty">
            {t("audit.empty")}
          </Text>
        ) : (
          <Table className="mc-stack-table" verticalSpacing="xs" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("audit.columns.at")}</Table.Th>
                <Table.Th>{t("audit.columns.action")}</Table.Th>
                <Table.Th>{t("audit.columns.actor")}</Table.Th>
                <Table.Th>{t("audit.columns.object")}</Table.Th>
                <Table.Th>{t("audit.columns.outcome")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const summary = detailSummary(entry, t);
                return (
                  <Table.Tr
                    key={entry.seq}
                    data-testid="audit-row"
                    data-seq={entry.seq}
                    data-action={entry.action}
                    data-outcome={entry.outcome}
                  >
                    <Table.Td data-label={t("audit.columns.at")}>
                      <Text fz="sm" style={{ whiteSpace: "nowrap" }}>
                        <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={t("audit.columns.action")}>
                      <Anchor
                        component="button"
                        type="button"
                        fz="sm"
                        fw={700}
                        ta="left"
                        onClick={() => setOpened(entry)}
                        data-testid="audit-open"
                      >
                        {actionLabel(entry.action, t)}
                      </Anchor>
                      {summary && (
                        <Text fz="xs" c="gray.8">
                          {summary}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t("audit.columns.actor")}>
                      <Text fz="sm">{actorText(entry, t)}</Text>
                    </Table.Td>
                    <Table.Td data-label={t("audit.columns.object")}>
                      <Text fz="sm" className="mc-break">
                        {entry.objectType ? objectTypeLabel(entry.objectType, t) : "—"}
                      </Text>
                      {entry.objectId && (
                        <Text fz="xs" ff="monospace" c="gray.7" className="mc-break">
                          {entry.objectId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t("audit.columns.outcome")}>
                      <AuditOutcomeBadge outcome={entry.outcome} status={entry.status} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {moreError !== null && (
          <Alert color="red" mt="sm" title={t("audit.loadError")}>
            <Text fz="sm">{errorText(moreError, t)}</Text>
          </Alert>
        )}
        {first.data && nextBefore !== null && (
          <Group justify="center" mt="md">
            <Button
              variant="outline"
              onClick={() => void loadMore()}
              loading={loadingMore}
              data-testid="audit-more"
            >
              {t("audit.more")}
            </Button>
          </Group>
        )}
        {first.data && nextBefore === null && entries.length > 0 && (
          <Text fz="sm" c="gray.7" ta="center" mt="md" data-testid="audit-end">
            {t("audit.end")}
          </Text>
        )}
      </Paper>

      <AuditEntryDrawer
        entry={opened}
        onClose={() => setOpened(null)}
        onFilterActor={(actorId) => {
          setOpened(null);
          const next = { ...readFilters(new URLSearchParams()), actorId };
          setDraft(next);
          apply(next);
        }}
      />
    </>
  );
}
