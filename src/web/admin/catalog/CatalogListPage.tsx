import { Anchor, Badge, Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { adminCatalogApi } from "../../api-client/catalog.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { ListPanel } from "../ListPanel.tsx";
import { IMPORT_EXPORT_PATH, NEW_PROCEDURE_PATH, procedureAdminPath } from "./paths.ts";

const PAGE_SIZE = 20;
const statuses = ["published", "unpublished", "draft"] as const;
type Status = (typeof statuses)[number];
const isStatus = (value: string | null): value is Status =>
  value !== null && (statuses as readonly string[]).includes(value);

/** `/quan-tri/thu-tuc`: every procedure, published or not, with its published and draft versions. */
export function CatalogListPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get("tim") ?? "";
  const status = isStatus(params.get("trangthai")) ? (params.get("trangthai") as Status) : null;
  const page = Math.max(1, Number(params.get("trang")) || 1);
  const [text, setText] = useState(q);

  function update(next: Record<string, string | null>) {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    if (!("trang" in next)) search.delete("trang");
    setParams(search, { replace: true });
  }
  const updateSearch = useDebouncedCallback((value: string) => update({ tim: value.trim() || null }), 300);
  const list = useFetched(`${q}|${status}|${page}`, (signal) =>
    adminCatalogApi.list(
      { ...(q ? { q } : {}), ...(status ? { status } : {}), page, pageSize: PAGE_SIZE },
      signal,
    ),
  );
  const manage = can(officer.roles, "catalog.manage");

  return (
    <>
      <AdminPageHeader
        title={t("adminCatalog.title")}
        intro={t("adminCatalog.intro")}
        data-testid="catalog-admin-title"
        actions={
          <>
            {manage && (
              <Button component={Link} to={NEW_PROCEDURE_PATH} data-testid="catalog-admin-new">
                + {t("adminCatalog.new")}
              </Button>
            )}
            <Button
              component={Link}
              to={IMPORT_EXPORT_PATH}
              variant="default"
              data-testid="catalog-admin-import"
            >
              {t("adminCatalog.importExport")}
            </Button>
          </>
        }
      >
        <Group gap="md" align="flex-end">
          <TextInput
            w={{ base: "100%", sm: 360 }}
            label={t("adminCatalog.search")}
            placeholder={t("adminCatalog.searchPlaceholder")}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              updateSearch(event.currentTarget.value);
            }}
            data-testid="catalog-admin-search"
          />
          <NativeSelect
            label={t("adminCatalog.status")}
            value={status ?? ""}
            onChange={(event) => update({ trangthai: event.currentTarget.value || null })}
            data={[
              { value: "", label: t("adminCatalog.statuses.all") },
              ...statuses.map((s) => ({ value: s, label: t(`adminCatalog.statuses.${s}`) })),
            ]}
          />
        </Group>
      </AdminPageHeader>
      <ListPanel
        list={list}
        failedTitle={t("adminCatalog.loadError")}
        empty={t("adminCatalog.empty")}
        count={(count) => t("adminCatalog.count", { count })}
        paging={{ page, pageSize: PAGE_SIZE, onChange: (p) => update({ trang: String(p) }) }}
      >
        <Table className="mc-stack-table" verticalSpacing="sm" data-testid="catalog-admin-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("adminCatalog.columns.procedure")}</Table.Th>
              <Table.Th>{t("adminCatalog.columns.published")}</Table.Th>
              <Table.Th>{t("adminCatalog.columns.draft")}</Table.Th>
              <Table.Th>{t("adminCatalog.columns.updated")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((item) => (
              <Table.Tr key={item.id} data-testid="catalog-admin-row" data-code={item.code}>
                <Table.Td data-label={t("adminCatalog.columns.procedure")}>
                  <Anchor component={Link} to={procedureAdminPath(item.id)} fw={700}>
                    <Text span ff="monospace" fz="sm" c="gray.7" mr={6}>
                      {item.code}
                    </Text>
                    {item.name}
                  </Anchor>
                </Table.Td>
                <Table.Td data-label={t("adminCatalog.columns.published")}>
                  {item.publishedVersion ? (
                    t("adminCatalog.versionN", { version: item.publishedVersion })
                  ) : (
                    <Badge color="gray" variant="light" radius="sm" tt="none">
                      {t("adminCatalog.notPublished")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td data-label={t("adminCatalog.columns.draft")}>
                  {item.draftVersion ? (
                    <Badge color="blue" variant="light" radius="sm" tt="none">
                      {t("adminCatalog.versionN", { version: item.draftVersion })}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td data-label={t("adminCatalog.columns.updated")}>
                  <Text fz="sm">{formatInstant(item.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListPanel>
    </>
  );
}
