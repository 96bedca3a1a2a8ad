import { Anchor, Badge, Checkbox, Group, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { adminFormsApi } from "../../api-client/forms.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { SERVICE_LEVEL_COLORS } from "../../portal/catalog/format.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { ListPanel } from "../ListPanel.tsx";
import { formPath } from "./paths.ts";

const PAGE_SIZE = 20;

/** `/quan-tri/bieu-mau`: published procedures with the state of their e-form; `?thieu=1`: the CFG-2 gaps. */
export function FormListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get("tim") ?? "";
  const missing = params.get("thieu") === "1";
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

  const list = useFetched(`${q}|${missing}|${page}`, (signal) =>
    adminFormsApi.overview(
      { ...(q ? { q } : {}), missing: missing ? "true" : "false", page, pageSize: PAGE_SIZE },
      signal,
    ),
  );

  return (
    <>
      <AdminPageHeader title={t("adminForms.title")} intro={t("adminForms.intro")} data-testid="forms-title">
        <Group gap="md" align="flex-end">
          <TextInput
            w={{ base: "100%", sm: 360 }}
            label={t("adminForms.search")}
            placeholder={t("adminForms.searchPlaceholder")}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              updateSearch(event.currentTarget.value);
            }}
            data-testid="forms-search"
          />
          <Checkbox
            label={t("adminForms.onlyMissing")}
            checked={missing}
            onChange={(event) => update({ thieu: event.currentTarget.checked ? "1" : null })}
            mb={8}
            data-testid="forms-missing"
          />
        </Group>
      </AdminPageHeader>
      <ListPanel
        list={list}
        failedTitle={t("adminForms.loadError")}
        empty={t("adminForms.empty")}
        count={(count) => t("adminForms.count", { count })}
        paging={{ page, pageSize: PAGE_SIZE, onChange: (p) => update({ trang: String(p) }) }}
      >
        <Table className="mc-stack-table" verticalSpacing="sm" data-testid="forms-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("adminForms.columns.procedure")}</Table.Th>
              <Table.Th>{t("adminForms.columns.serviceLevel")}</Table.Th>
              <Table.Th>{t("adminForms.columns.published")}</Table.Th>
              <Table.Th>{t("adminForms.columns.draft")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((item) => (
              <Table.Tr key={item.procedureId} data-testid="forms-row" data-code={item.procedureCode}>
                <Table.Td data-label={t("adminForms.columns.procedure")}>
                  <Anchor component={Link} to={formPath(item.procedureId)} fw={700}>
                    <Text span ff="monospace" fz="sm" c="gray.7" mr={6}>
                      {item.procedureCode}
                    </Text>
                    {item.procedureName}
                  </Anchor>
                </Table.Td>
                <Table.Td data-label={t("adminForms.columns.serviceLevel")}>
                  <Badge
                    variant="light"
                    color={SERVICE_LEVEL_COLORS[item.serviceLevel]}
                    radius="sm"
                    tt="none"
                  >
                    {t(`catalog.serviceLevel.${item.serviceLevel}`)}
                  </Badge>
                </Table.Td>
                <Table.Td data-label={t("adminForms.columns.published")}>
                  {item.publishedVersion ? (
                    t("adminForms.versionN", { version: item.publishedVersion })
                  ) : item.needsForm ? (
                    <Badge color="red" variant="light" radius="sm" tt="none" data-testid="forms-gap">
                      {t("adminForms.missingForm")}
                    </Badge>
                  ) : (
                    <Text span c="gray.7" fz="sm">
                      {t("adminForms.notNeeded")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t("adminForms.columns.draft")}>
                  {item.draftVersion ? t("adminForms.versionN", { version: item.draftVersion }) : "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListPanel>
    </>
  );
}
