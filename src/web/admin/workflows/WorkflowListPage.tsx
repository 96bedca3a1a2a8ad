import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { CatalogSearchResult } from "../../../contracts/catalog.ts";
import type { WorkflowList } from "../../../contracts/workflows.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { adminWorkflowsApi } from "../../api-client/workflows.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { foldForSearch, matchesQuery } from "../../lib/search.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { useAgencyTree } from "../useAgencyTree.ts";
import { workflowPath } from "./paths.ts";

/** Roles that see every agency's workflows; the others see their own agency's. */
const PROVINCE_WIDE = ["system_admin", "procedure_control", "operator"];

function provinceWide(officer: CurrentOfficer): boolean {
  return officer.roles.some((role) => PROVINCE_WIDE.includes(role));
}

type Item = WorkflowList["items"][number];

/** `/quan-tri/quy-trinh`: the workflows within the officer's scope, and the approver's inbox (`?xem=cho-duyet`). */
export function WorkflowListPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const inbox = params.get("xem") === "cho-duyet";
  const scopeAgency = provinceWide(officer) ? undefined : officer.agencyId;
  const list = useFetched(`${inbox}|${scopeAgency}`, (signal) =>
    adminWorkflowsApi.list(
      { ...(scopeAgency ? { agencyId: scopeAgency } : {}), awaitingApproval: inbox ? "true" : "false" },
      signal,
    ),
  );
  const [filter, setFilter] = useState("");
  const items = useMemo(() => {
    const folded = foldForSearch(filter);
    return (list.data?.items ?? []).filter((item) =>
      matchesQuery(foldForSearch(`${item.procedureCode} ${item.procedureName} ${item.agency.name}`), folded),
    );
  }, [list.data, filter]);

  return (
    <>
      <AdminPageHeader
        title={t("adminWorkflows.title")}
        intro={t("adminWorkflows.intro")}
        data-testid="workflows-title"
      >
        <SegmentedControl
          value={inbox ? "inbox" : "all"}
          onChange={(value) => setParams(value === "inbox" ? { xem: "cho-duyet" } : {}, { replace: true })}
          data={[
            { value: "all", label: t("adminWorkflows.tabs.all") },
            { value: "inbox", label: t("adminWorkflows.tabs.inbox") },
          ]}
          data-testid="workflows-tabs"
        />
      </AdminPageHeader>

      <Paper withBorder p={{ base: "md", sm: "xl" }} mt="lg">
        <Group justify="space-between" mb="md" gap="sm">
          <Title order={2} fz="h4">
            {inbox ? t("adminWorkflows.inboxTitle") : t("adminWorkflows.listTitle")}
          </Title>
          <TextInput
            w={{ base: "100%", sm: 320 }}
            placeholder={t("adminWorkflows.filter")}
            aria-label={t("adminWorkflows.filter")}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            data-testid="workflows-filter"
          />
        </Group>
        {list.loading && !list.data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : list.error !== null ? (
          <Alert color="red" title={t("adminWorkflows.loadError")}>
            {errorText(list.error, t)}
          </Alert>
        ) : items.length === 0 ? (
          <Text c="gray.7" data-testid="workflows-empty">
            {inbox ? t("adminWorkflows.inboxEmpty") : t("adminWorkflows.empty")}
          </Text>
        ) : (
          <WorkflowTable items={items} />
        )}
      </Paper>

      {can(officer.roles, "workflows.edit") && <StartWorkflow officer={officer} />}
    </>
  );
}

function WorkflowTable({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  return (
    <Table className="mc-stack-table" verticalSpacing="sm" data-testid="workflows-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("adminWorkflows.columns.procedure")}</Table.Th>
          <Table.Th>{t("adminWorkflows.columns.agency")}</Table.Th>
          <Table.Th>{t("adminWorkflows.columns.inUse")}</Table.Th>
          <Table.Th>{t("adminWorkflows.columns.open")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.workflowId}
            data-testid="workflows-row"
            data-code={item.procedureCode}
            data-agency={item.agency.code}
          >
            <Table.Td data-label={t("adminWorkflows.columns.procedure")}>
              <Anchor
                component={Link}
                to={workflowPath(
                  item.procedureId,
                  item.agency.id,
                  item.openVersion?.version ?? item.inUseVersion,
                )}
                fw={700}
                data-testid="workflows-open"
              >
                <Text span ff="monospace" fz="sm" c="gray.7" mr={6}>
                  {item.procedureCode}
                </Text>
                {item.procedureName}
              </Anchor>
            </Table.Td>
            <Table.Td data-label={t("adminWorkflows.columns.agency")}>{item.agency.name}</Table.Td>
            <Table.Td data-label={t("adminWorkflows.columns.inUse")}>
              {item.inUseVersion ? t("adminWorkflows.versionN", { version: item.inUseVersion }) : "—"}
              {item.unstaffedSteps.length > 0 && (
                <Badge
                  display="block"
                  mt={4}
                  color="red.9"
                  radius="sm"
                  tt="none"
                  h="auto"
                  py={2}
                  styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
                  title={[
                    t("adminWorkflows.unstaffedHint"),
                    ...item.unstaffedSteps.map((s) => s.message),
                  ].join("\n")}
                  data-testid="workflows-unstaffed"
                >
                  {t("adminWorkflows.unstaffed", { count: item.unstaffedSteps.length })}
                </Badge>
              )}
            </Table.Td>
            <Table.Td data-label={t("adminWorkflows.columns.open")}>
              {item.openVersion ? (
                <Badge
                  variant="light"
                  color={item.openVersion.status === "submitted" ? "yellow" : "blue"}
                  radius="sm"
                  tt="none"
                  h="auto"
                  py={2}
                  styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
                >
                  {t("adminWorkflows.versionN", { version: item.openVersion.version })} ·{" "}
                  {t(`adminWorkflows.status.${item.openVersion.status}`)}
                </Badge>
              ) : (
                "—"
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Opens the workflow of any procedure an agency carries out (one that has none yet is written from scratch). */
function StartWorkflow({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tree } = useAgencyTree();
  const [agencyId, setAgencyId] = useState<string | null>(officer.agencyId);
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const procedures = useFetched<CatalogSearchResult | null>(`${agencyId}`, (signal) =>
    agencyId ? catalogApi.search({ agencyId, pageSize: 100 }, signal) : Promise.resolve(null),
  );
  const options = (procedures.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${p.name}`,
  }));

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      mt="lg"
      component="section"
      aria-labelledby="workflow-start"
    >
      <Title order={2} fz="h4" id="workflow-start" mb={4}>
        {t("adminWorkflows.start.title")}
      </Title>
      <Text fz="sm" c="gray.7" mb="md">
        {t("adminWorkflows.start.intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <AgencyPicker
          tree={tree}
          value={agencyId}
          onChange={(id) => {
            setAgencyId(id);
            setProcedureId(null);
          }}
          label={t("adminWorkflows.start.agency")}
          data-testid="workflow-start-agency"
        />
        <Select
          label={t("adminWorkflows.start.procedure")}
          placeholder={procedures.loading ? t("loading") : t("adminWorkflows.start.procedurePlaceholder")}
          data={options}
          value={procedureId}
          onChange={setProcedureId}
          searchable
          nothingFoundMessage={t("adminWorkflows.start.none")}
          disabled={!agencyId}
          data-testid="workflow-start-procedure"
        />
      </SimpleGrid>
      <Button
        mt="md"
        disabled={!agencyId || !procedureId}
        onClick={() => agencyId && procedureId && navigate(workflowPath(procedureId, agencyId))}
        data-testid="workflow-start-open"
      >
        {t("adminWorkflows.start.open")}
      </Button>
    </Paper>
  );
}
