import "../admin.css";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  CloseButton,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { adminAccountsApi, type OfficerStatus } from "../../api-client/admin-accounts.ts";
import { errorText } from "../../api-client/error-text.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { can, useRoleLabel } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { useAgencyTree } from "../useAgencyTree.ts";
import { accountPath, NEW_ACCOUNT_PATH } from "./paths.ts";
import { StatusBadge } from "./StatusBadge.tsx";

const PAGE_SIZE = 20;
const statuses: readonly OfficerStatus[] = ["active", "locked", "revoked"];
const isStatus = (value: string | null): value is OfficerStatus =>
  value !== null && (statuses as readonly string[]).includes(value);

/** `/quan-tri/tai-khoan`: accounts within the administrator's scope, searched and filtered on the server. */
export function AccountListPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { tree } = useAgencyTree();
  // The filters live in the address, so that a filtered list can be bookmarked and shared.
  const [params, setParams] = useSearchParams();
  const q = params.get("tim") ?? "";
  const agencyId = params.get("coquan");
  const status = isStatus(params.get("trangthai")) ? (params.get("trangthai") as OfficerStatus) : null;
  const page = Math.max(1, Number(params.get("trang")) || 1);
  const [search, setSearch] = useState(q);

  function update(next: Record<string, string | null>) {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    // Another filter starts again from the first page.
    if (!("trang" in next)) search.delete("trang");
    setParams(search, { replace: true });
  }
  const updateSearch = useDebouncedCallback((value: string) => update({ tim: value.trim() || null }), 300);

  const list = useFetched(`${q}|${agencyId}|${status}|${page}`, (signal) =>
    adminAccountsApi.list({ q, agencyId, status, page, pageSize: PAGE_SIZE }, signal),
  );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <AdminPageHeader
        title={t("accounts.title")}
        intro={t("accounts.intro")}
        data-testid="accounts-title"
        actions={
          can(officer.roles, "accounts.manage") ? (
            <Button component={Link} to={NEW_ACCOUNT_PATH} data-testid="accounts-create">
              + {t("accounts.create")}
            </Button>
          ) : (
            <Badge color="gray" variant="light" tt="none" radius="sm" data-testid="accounts-read-only">
              {t("accounts.readOnly")}
            </Badge>
          )
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" role="search" aria-label={t("accounts.filters")}>
          <TextInput
            type="search"
            label={t("accounts.search")}
            placeholder={t("accounts.searchPlaceholder")}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              updateSearch(event.currentTarget.value);
            }}
            rightSection={
              search ? (
                <CloseButton
                  aria-label={t("accounts.clearSearch")}
                  onClick={() => {
                    setSearch("");
                    update({ tim: null });
                  }}
                />
              ) : null
            }
            data-testid="accounts-search"
          />
          <AgencyPicker
            tree={tree}
            label={t("accounts.agency")}
            placeholder={t("accounts.allAgencies")}
            value={agencyId}
            onChange={(id) => update({ coquan: id })}
            clearable
            data-testid="accounts-agency"
          />
          <NativeSelect
            label={t("accounts.statusFilter")}
            value={status ?? ""}
            onChange={(event) => update({ trangthai: event.currentTarget.value || null })}
            data={[
              { value: "", label: t("accounts.allStatuses") },
              ...statuses.map((value) => ({ value, label: t(`accounts.status.${value}`) })),
            ]}
            data-testid="accounts-status"
          />
        </SimpleGrid>
      </AdminPageHeader>

      <Paper
        withBorder
        p={{ base: "sm", sm: "lg" }}
        mt="lg"
        component="section"
        aria-labelledby="accounts-list"
      >
        <Group justify="space-between" mb="sm">
          <Text id="accounts-list" fw={700} role="status" data-testid="accounts-count">
            {list.data ? t("accounts.count", { count: list.data.total }) : t("loading")}
          </Text>
          {list.loading && list.data && <Loader size="xs" aria-hidden="true" />}
        </Group>
        {list.error ? (
          <Alert color="red" title={t("accounts.loadError")} data-testid="accounts-error">
            <Text fz="sm">{errorText(list.error, t)}</Text>
            <Button mt="sm" variant="outline" onClick={list.reload}>
              {t("admin.retry")}
            </Button>
          </Alert>
        ) : !list.data ? (
          <Center py="xl">
            <Loader aria-label={t("loading")} />
          </Center>
        ) : list.data.officers.length === 0 ? (
          <Text c="gray.7" data-testid="accounts-empty">
            {t("accounts.empty")}
          </Text>
        ) : (
          <Table className="mc-stack-table" verticalSpacing="sm" data-testid="accounts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("accounts.fullName")}</Table.Th>
                <Table.Th>{t("accounts.agency")}</Table.Th>
                <Table.Th>{t("accounts.roles")}</Table.Th>
                <Table.Th>{t("accounts.statusFilter")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.officers.map((account) => (
                <Table.Tr key={account.id} data-testid="accounts-row" data-username={account.username}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={accountPath(account.id)}
                      fw={700}
                      data-testid="accounts-open"
                    >
                      {account.fullName}
                    </Anchor>
                    <Text fz="sm" ff="monospace" c="gray.8">
                      {account.username}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t("accounts.agency")}>
                    <Text fz="sm">{account.agencyName}</Text>
                  </Table.Td>
                  <Table.Td data-label={t("accounts.roles")}>
                    {account.roles.length === 0 ? (
                      <Text fz="sm" c="gray.7">
                        {t("accounts.noRoles")}
                      </Text>
                    ) : (
                      <Group gap={4}>
                        {[...new Set(account.roles.map((grant) => grant.role))].map((role) => (
                          <Badge key={role} variant="light" radius="sm" tt="none" fw={600}>
                            {roleLabel(role)}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td data-label={t("accounts.statusFilter")}>
                    <StatusBadge officer={account} withReason={false} size="sm" />
                    {account.failedLogins > 0 && (
                      <Text fz="xs" c="orange.9" mt={2}>
                        {t("accounts.failedLogins", { count: account.failedLogins })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pages > 1 && (
          <Group justify="center" mt="md">
            <Pagination
              total={pages}
              value={page}
              onChange={(next) => update({ trang: next > 1 ? String(next) : null })}
              getControlProps={(control) =>
                control === "previous"
                  ? { "aria-label": t("accounts.previousPage") }
                  : control === "next"
                    ? { "aria-label": t("accounts.nextPage") }
                    : {}
              }
              aria-label={t("admin.pagination")}
              data-testid="accounts-pagination"
            />
          </Group>
        )}
      </Paper>
    </>
  );
}
