import "../../admin/admin.css";
import "./dossiers.css";
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { INBOX_BOXES, type InboxQuery, type TimeClass } from "../../../contracts/dossiers.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { BoxCount } from "./BoxCount.tsx";
import { InboxTable } from "./InboxTable.tsx";
import { BOX_SLUGS, boxOf, filterByTime, TIME_CLASSES } from "./inbox-view.ts";

const PAGE_SIZE = 20;
const SORTS: readonly InboxQuery["sort"][] = ["due", "received", "code"];
const isSort = (value: string | null): value is InboxQuery["sort"] =>
  (SORTS as readonly (string | null)[]).includes(value);
const isTimeClass = (value: string | null): value is TimeClass =>
  (TIME_CLASSES as readonly (string | null)[]).includes(value);

/**
 * `/can-bo/ho-so`: the dossiers waiting for the officer, by box (REC-3, PRC-9). An officer whose
 * roles do not work on dossiers (an administrator) is told so, with no request sent.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="dossiers.read"
      title={t("dossierWorkArea.title")}
      forbiddenTestId="inbox-forbidden"
    >
      {() => <Inbox />}
    </RequireOfficer>
  );
}

function Inbox() {
  const { t } = useTranslation();
  // Box, order and page live in the address, so that the way back from a dossier lands here again.
  const [params, setParams] = useSearchParams();
  const counts = useFetched("inbox-counts", (signal) => dossiersApi.inboxCounts(signal));
  const box = boxOf(params.get("hop"), counts.data?.counts ?? null);
  const sort = isSort(params.get("sap")) ? (params.get("sap") as InboxQuery["sort"]) : "due";
  const page = Math.max(1, Number(params.get("trang")) || 1);
  const [search, setSearch] = useState("");
  // The server searches the whole box; a pause in typing sends the words.
  const [q] = useDebouncedValue(search.trim(), 300);
  const [timeClass, setTimeClass] = useState<TimeClass | null>(null);
  const list = useFetched(`${box}|${sort}|${page}|${q}`, (signal) =>
    dossiersApi.inbox({ box, sort, page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) }, signal),
  );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  function update(next: Record<string, string | null>) {
    const query = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) query.set(key, value);
      else query.delete(key);
    }
    if (!("trang" in next)) query.delete("trang");
    setParams(query, { replace: true });
  }

  return (
    <>
      <AdminPageHeader title={t("dossierWorkArea.title")} intro={t("inbox.intro")} data-testid="inbox-title">
        <Tabs
          value={box}
          onChange={(value) => value && update({ hop: BOX_SLUGS[value as keyof typeof BOX_SLUGS] })}
          className="mc-box-tabs"
          variant="pills"
          keepMounted={false}
        >
          <Tabs.List aria-label={t("inbox.boxesLabel")}>
            {INBOX_BOXES.map((value) => (
              <Tabs.Tab
                key={value}
                value={value}
                // No count rather than a count that never comes when the counts could not be loaded.
                rightSection={
                  counts.error ? undefined : (
                    <BoxCount box={value} count={counts.data?.counts[value] ?? null} />
                  )
                }
                data-testid={`inbox-tab-${value}`}
              >
                {t(`inbox.boxes.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <SimpleGrid
          cols={{ base: 1, sm: 3 }}
          spacing="md"
          mt="md"
          role="search"
          aria-label={t("inbox.filters")}
        >
          <TextInput
            type="search"
            label={t("inbox.search")}
            description={t("inbox.searchHint")}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              if (page > 1) update({ trang: null });
            }}
            data-testid="inbox-search"
          />
          <NativeSelect
            label={t("inbox.timeFilter")}
            value={timeClass ?? ""}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTimeClass(isTimeClass(value) ? value : null);
            }}
            data={[
              { value: "", label: t("inbox.allTimes") },
              ...TIME_CLASSES.map((value) => ({ value, label: t(`dossierTime.class.${value}`) })),
            ]}
            data-testid="inbox-time-filter"
          />
          <NativeSelect
            label={t("inbox.sort")}
            value={sort}
            onChange={(event) =>
              update({ sap: event.currentTarget.value === "due" ? null : event.currentTarget.value })
            }
            data={SORTS.map((value) => ({ value, label: t(`inbox.sorts.${value}`) }))}
            data-testid="inbox-sort"
          />
        </SimpleGrid>
      </AdminPageHeader>

      <Paper withBorder p={{ base: "sm", sm: "lg" }} mt="lg" component="section" aria-labelledby="inbox-list">
        <Text id="inbox-list" fw={700} role="status" mb="sm" data-testid="inbox-total">
          {list.data
            ? t("inbox.total", { count: list.data.total, box: t(`inbox.boxes.${box}`) })
            : t("loading")}
        </Text>
        {list.error ? (
          <Alert color="red" title={t("inbox.loadError")} data-testid="inbox-error">
            <Text fz="sm">{errorText(list.error, t)}</Text>
            <Button mt="sm" variant="outline" onClick={list.reload}>
              {t("admin.retry")}
            </Button>
          </Alert>
        ) : !list.data ? (
          <PageLoader />
        ) : list.data.items.length === 0 ? (
          <Text c="gray.7" data-testid="inbox-empty">
            {t("inbox.empty")}
          </Text>
        ) : (
          <InboxTable rows={filterByTime(list.data.items, timeClass)} />
        )}
        {pages > 1 && (
          <Group justify="center" mt="md">
            <Pagination
              total={pages}
              value={page}
              onChange={(next) => update({ trang: next > 1 ? String(next) : null })}
              aria-label={t("admin.pagination")}
              data-testid="inbox-pagination"
            />
          </Group>
        )}
      </Paper>
    </>
  );
}
