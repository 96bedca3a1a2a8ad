import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type {
  WorkflowState,
  WorkflowVersionDetail,
  WorkflowVersionList,
} from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import type { StatutoryTime } from "../../../domain/workflow/validate-workflow.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { adminWorkflowsApi } from "../../api-client/workflows.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant, parseWallClock, toVietnamIso } from "../../lib/wall-clock.ts";
import { stepsFromDefinition } from "../../portal/catalog/workflow-diagram/steps.ts";
import { TotalBar } from "../../portal/catalog/workflow-diagram/TotalBar.tsx";
import { WorkflowDiagram } from "../../portal/catalog/workflow-diagram/WorkflowDiagram.tsx";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { WORKFLOWS_PATH, workflowPath } from "./paths.ts";
import { WorkflowEditor } from "./WorkflowEditor.tsx";

const STATE_COLORS: Record<WorkflowState, string> = {
  draft: "blue",
  submitted: "yellow",
  scheduled: "grape",
  in_use: "teal",
  superseded: "gray",
};

/**
 * `/quan-tri/quy-trinh/:procedureId/:agencyId`: the versions of one workflow, the chosen one
 * (`?phienban=N`) edited when it is a draft, approved or sent back when it awaits approval. A new
 * draft (`?soan=moi`, from `&tu=N` or a template) exists only in the browser until it is saved.
 */
export function WorkflowPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { procedureId = "", agencyId = "" } = useParams();
  const [params] = useSearchParams();
  const requested = Number(params.get("phienban")) || null;
  const composing = params.get("soan") === "moi";
  const copyOf = Number(params.get("tu")) || null;
  const [attempt, setAttempt] = useState(0);

  const versions = useFetched(`${procedureId}|${agencyId}|${attempt}`, (signal) =>
    adminWorkflowsApi.versions(procedureId, agencyId, signal),
  );
  const list = versions.data;
  const open = list?.versions.find((v) => v.status !== "approved") ?? null;
  const selected = composing
    ? copyOf
    : (requested ?? open?.version ?? list?.inUseVersion ?? list?.versions[0]?.version ?? null);
  const detail = useFetched(`${procedureId}|${agencyId}|${selected}|${attempt}`, (signal) =>
    selected === null
      ? Promise.resolve(null)
      : adminWorkflowsApi.version(procedureId, agencyId, selected, signal),
  );
  // The statutory time of a new workflow comes from the catalog (a saved version carries its own).
  const procedure = useFetched(composing ? procedureId : "", (signal) =>
    composing ? catalogApi.procedure(procedureId, signal) : Promise.resolve(null),
  );

  const reload = () => setAttempt((n) => n + 1);
  const go = (version: number | null) => {
    navigate(workflowPath(procedureId, agencyId, version));
    reload();
  };

  if (versions.loading && !list) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!list) {
    return (
      <Alert color="red" title={t("adminWorkflows.loadError")}>
        {errorText(versions.error, t)}
      </Alert>
    );
  }

  const canEdit = can(officer.roles, "workflows.edit");
  const canApprove = can(officer.roles, "workflows.approve");

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={list.procedureName}
        pageTitle={t("adminWorkflows.pageTitle", { name: list.procedureName })}
        back={{ to: WORKFLOWS_PATH, label: t("adminWorkflows.backToList") }}
        intro={t("adminWorkflows.at", { code: list.procedureCode, agency: list.agency.name })}
        data-testid="workflow-title"
      >
        <VersionTable list={list} selected={composing ? null : selected} onSelect={(v) => go(v)} />
        {canEdit && !open && !composing && (
          <Button
            mt="md"
            variant="light"
            onClick={() => {
              const from = selected ?? list.inUseVersion;
              navigate(`${workflowPath(procedureId, agencyId)}?soan=moi${from ? `&tu=${from}` : ""}`);
            }}
            data-testid="workflow-new-version"
          >
            {list.versions.length === 0
              ? t("adminWorkflows.newWorkflow")
              : t("adminWorkflows.newVersionFrom", { version: selected ?? list.inUseVersion ?? 0 })}
          </Button>
        )}
      </AdminPageHeader>

      {composing ? (
        <NewDraft
          procedureId={procedureId}
          agencyId={agencyId}
          copy={detail.data}
          copyLoading={detail.loading && copyOf !== null}
          catalogTime={
            procedure.data
              ? {
                  amount: procedure.data.processingTime.amount,
                  unit: procedure.data.processingTime.unit,
                  sameDayCutoff: procedure.data.sameDayCutoff,
                }
              : null
          }
          catalogError={procedure.error}
          onSaved={(saved) => go(saved.version)}
          onCancel={() => go(null)}
        />
      ) : detail.loading && !detail.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : detail.error !== null ? (
        <Alert color="red" title={t("adminWorkflows.loadError")}>
          {errorText(detail.error, t)}
        </Alert>
      ) : detail.data ? (
        detail.data.status === "draft" && canEdit ? (
          <WorkflowEditor
            key={`${detail.data.version}|${attempt}`}
            procedureId={procedureId}
            agencyId={agencyId}
            initial={detail.data.definition}
            statutory={statutoryOf(detail.data)}
            draft={{ version: detail.data.version, revision: detail.data.revision }}
            agencyNames={detail.data.agencies}
            onSaved={() => versions.reload()}
            onSubmitted={(submitted) => go(submitted.version)}
            onDiscarded={() => go(null)}
            onReload={reload}
          />
        ) : (
          <VersionView
            detail={detail.data}
            canApprove={canApprove}
            onChanged={(changed) => go(changed.version)}
          />
        )
      ) : (
        <Paper withBorder p="xl" data-testid="workflow-none">
          <Text>{t("adminWorkflows.none")}</Text>
        </Paper>
      )}
    </Stack>
  );
}

function statutoryOf(detail: WorkflowVersionDetail): StatutoryTime {
  return {
    amount: detail.statutory.amount,
    unit: detail.statutory.unit,
    sameDayCutoff: detail.statutory.sameDayCutoff,
  };
}

function VersionTable({
  list,
  selected,
  onSelect,
}: {
  list: WorkflowVersionList;
  selected: number | null;
  onSelect: (version: number) => void;
}) {
  const { t } = useTranslation();
  if (list.versions.length === 0) {
    return (
      <Text c="gray.7" data-testid="workflow-versions-empty">
        {t("adminWorkflows.noVersions")}
      </Text>
    );
  }
  return (
    <Table className="mc-stack-table" verticalSpacing={6} data-testid="workflow-versions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("adminWorkflows.versions.version")}</Table.Th>
          <Table.Th>{t("adminWorkflows.versions.state")}</Table.Th>
          <Table.Th>{t("adminWorkflows.versions.total")}</Table.Th>
          <Table.Th>{t("adminWorkflows.versions.updated")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.versions.map((v) => (
          <Table.Tr
            key={v.version}
            className="mc-row-link"
            onClick={() => onSelect(v.version)}
            data-testid="workflow-version-row"
            data-version={v.version}
            data-state={v.state}
            bg={v.version === selected ? "blue.0" : undefined}
          >
            <Table.Td data-label={t("adminWorkflows.versions.version")}>
              <Button
                variant={v.version === selected ? "filled" : "subtle"}
                size="compact-sm"
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(v.version);
                }}
                aria-current={v.version === selected ? "true" : undefined}
              >
                {t("adminWorkflows.versionN", { version: v.version })}
              </Button>
            </Table.Td>
            <Table.Td data-label={t("adminWorkflows.versions.state")}>
              <Badge color={STATE_COLORS[v.state]} variant="light" radius="sm" tt="none">
                {t(`adminWorkflows.state.${v.state}`)}
              </Badge>
            </Table.Td>
            <Table.Td data-label={t("adminWorkflows.versions.total")}>
              {t("adminWorkflows.versions.steps", { count: v.stepCount })} · {v.totalText}
            </Table.Td>
            <Table.Td data-label={t("adminWorkflows.versions.updated")}>
              <Text fz="sm">{formatInstant(v.updatedAt)}</Text>
              {v.createdBy && (
                <Text fz="xs" c="gray.7">
                  {v.createdBy}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A version that is not being edited: its diagram, history, and the approver's actions. */
function VersionView({
  detail,
  canApprove,
  onChanged,
}: {
  detail: WorkflowVersionDetail;
  canApprove: boolean;
  onChanged: (detail: WorkflowVersionDetail) => void;
}) {
  const { t } = useTranslation();
  const steps = useMemo(
    () => stepsFromDefinition(detail.definition, (id) => detail.agencies[id] ?? id, t),
    [detail, t],
  );
  const longest = useMemo(() => new Set(detail.total.longestPath), [detail]);
  const [dialog, setDialog] = useState<null | "approve" | "return">(null);

  return (
    <Stack gap="md" data-testid="workflow-view" data-status={detail.status}>
      {detail.status === "submitted" && (
        <Alert
          color="yellow"
          variant="light"
          title={t("adminWorkflows.view.awaiting")}
          data-testid="workflow-awaiting"
        >
          <Text fz="sm">
            {t("adminWorkflows.view.submittedBy", {
              name: detail.submittedBy ?? "—",
              at: detail.submittedAt ? formatInstant(detail.submittedAt) : "—",
            })}
          </Text>
          {canApprove ? (
            <Group mt="sm" gap="sm">
              <Button onClick={() => setDialog("approve")} data-testid="workflow-approve">
                {t("adminWorkflows.view.approve")}
              </Button>
              <Button variant="default" onClick={() => setDialog("return")} data-testid="workflow-return">
                {t("adminWorkflows.view.return")}
              </Button>
            </Group>
          ) : (
            <Text fz="sm" mt="xs">
              {t("adminWorkflows.view.onlyApprovers")}
            </Text>
          )}
        </Alert>
      )}
      {detail.status === "approved" && (
        <Text fz="sm" data-testid="workflow-approved">
          {t("adminWorkflows.view.approvedBy", {
            name: detail.approvedBy ?? "—",
            at: detail.approvedAt ? formatInstant(detail.approvedAt) : "—",
            from: detail.effectiveFrom ? formatInstant(detail.effectiveFrom) : "—",
          })}
        </Text>
      )}
      {detail.status === "draft" && (
        <Alert color="blue" variant="light">
          {t("adminWorkflows.view.draftReadOnly")}
        </Alert>
      )}
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <TotalBar
          amount={detail.total.amount}
          budget={detail.total.budget}
          text={detail.total.text}
          budgetText={detail.total.budgetText}
        />
        {detail.definition.basis && (
          <Text fz="sm" c="gray.7" mt="sm">
            {t("procedure.workflow.basis", { basis: detail.definition.basis })}
          </Text>
        )}
      </Paper>
      <Paper withBorder p={{ base: "xs", sm: "md" }} maw={820}>
        <WorkflowDiagram
          steps={steps}
          label={t("adminWorkflows.editor.diagramLabel")}
          longest={longest}
          data-testid="workflow-diagram"
        />
      </Paper>
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <Title order={3} fz="md" mb="xs">
          {t("adminWorkflows.view.history")}
        </Title>
        <List size="sm" spacing={4} data-testid="workflow-history">
          {detail.history.map((event) => (
            <List.Item key={`${event.action}-${event.at}`}>
              <Text span fw={600}>
                {t(`adminWorkflows.history.${event.action}`)}
              </Text>{" "}
              — {formatInstant(event.at)}
              {event.by ? ` — ${event.by}` : ""}
              {event.note ? (
                <Text span c="gray.7">
                  {" "}
                  — “{event.note}”
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      </Paper>
      <ApproveDialog
        detail={detail}
        opened={dialog === "approve"}
        onClose={() => setDialog(null)}
        onDone={onChanged}
      />
      <ReturnDialog
        detail={detail}
        opened={dialog === "return"}
        onClose={() => setDialog(null)}
        onDone={onChanged}
      />
    </Stack>
  );
}

function ApproveDialog({
  detail,
  opened,
  onClose,
  onDone,
}: {
  detail: WorkflowVersionDetail;
  opened: boolean;
  onClose: () => void;
  onDone: (detail: WorkflowVersionDetail) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState("");
  const [note, setNote] = useState("");
  const [unstaffedReason, setUnstaffedReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const at = from ? parseWallClock(from) : null;
  // PRC-1: a step nobody can do is refused; the approver may still approve, giving the reason.
  const unstaffed =
    unstaffedReason !== "" || (error instanceof ApiError && error.code === "WORKFLOW_STEP_UNSTAFFED");

  async function approve() {
    setBusy(true);
    setError(null);
    try {
      const approved = await adminWorkflowsApi.approve(detail.procedureId, detail.agency.id, detail.version, {
        ...(at ? { effectiveFrom: toVietnamIso(at) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(unstaffedReason.trim() ? { unstaffedReason: unstaffedReason.trim() } : {}),
      });
      onClose();
      onDone(approved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("adminWorkflows.view.approveTitle", { version: detail.version })}
      centered
    >
      <Stack gap="sm">
        <Text fz="sm">{t("adminWorkflows.view.approveIntro")}</Text>
        <TextInput
          type="datetime-local"
          label={t("adminWorkflows.view.effectiveFrom")}
          description={t("adminWorkflows.view.effectiveFromHint")}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          data-testid="workflow-approve-from"
        />
        <Textarea
          label={t("adminWorkflows.view.note")}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        {error !== null && (
          <Alert
            color="red"
            data-testid="workflow-approve-error"
            data-code={error instanceof ApiError ? error.code : undefined}
          >
            {errorText(error, t)}
          </Alert>
        )}
        {unstaffed && (
          <Textarea
            label={t("adminWorkflows.view.unstaffedReason")}
            description={t("adminWorkflows.unstaffedHint")}
            value={unstaffedReason}
            onChange={(event) => setUnstaffedReason(event.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="workflow-approve-unstaffed-reason"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("admin.cancel")}
          </Button>
          <Button onClick={() => void approve()} loading={busy} data-testid="workflow-approve-confirm">
            {t("adminWorkflows.view.approve")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReturnDialog({
  detail,
  opened,
  onClose,
  onDone,
}: {
  detail: WorkflowVersionDetail;
  opened: boolean;
  onClose: () => void;
  onDone: (detail: WorkflowVersionDetail) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);

  async function send() {
    setTried(true);
    if (!reason.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const returned = await adminWorkflowsApi.returnToAuthors(
        detail.procedureId,
        detail.agency.id,
        detail.version,
        reason.trim(),
      );
      onClose();
      onDone(returned);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("adminWorkflows.view.returnTitle", { version: detail.version })}
      centered
    >
      <Stack gap="sm">
        <Textarea
          label={t("adminWorkflows.view.reason")}
          description={t("adminWorkflows.view.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && !reason.trim() ? t("adminWorkflows.view.reasonRequired") : undefined}
          autosize
          minRows={3}
          required
          data-testid="workflow-return-reason"
        />
        {error !== null && <Alert color="red">{errorText(error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("admin.cancel")}
          </Button>
          <Button
            color="orange.9"
            onClick={() => void send()}
            loading={busy}
            data-testid="workflow-return-confirm"
          >
            {t("adminWorkflows.view.return")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A new draft, in the browser until saved: a copy of a version, or a first workflow from a template. */
function NewDraft({
  procedureId,
  agencyId,
  copy,
  copyLoading,
  catalogTime,
  catalogError,
  onSaved,
  onCancel,
}: {
  procedureId: string;
  agencyId: string;
  copy: WorkflowVersionDetail | null;
  copyLoading: boolean;
  catalogTime: StatutoryTime | null;
  catalogError: unknown;
  onSaved: (detail: WorkflowVersionDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const statutory = catalogTime ?? (copy ? statutoryOf(copy) : null);
  if (copyLoading || (!statutory && catalogError === null)) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!statutory) {
    return (
      <Alert color="red" title={t("adminWorkflows.loadError")}>
        {errorText(catalogError, t)}
      </Alert>
    );
  }
  const initial = copy?.definition ?? template(agencyId, statutory, t);
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light" data-testid="workflow-composing">
        {copy
          ? t("adminWorkflows.composingFrom", { version: copy.version })
          : t("adminWorkflows.composingTemplate")}
      </Alert>
      <WorkflowEditor
        procedureId={procedureId}
        agencyId={agencyId}
        initial={initial}
        statutory={statutory}
        draft={null}
        agencyNames={copy?.agencies ?? {}}
        onSaved={onSaved}
        onSubmitted={onSaved}
        onDiscarded={onCancel}
        onReload={onCancel}
      />
    </Stack>
  );
}

/** A first workflow to adapt: reception, handling, signature, return, within the statutory time. */
function template(
  agencyId: string,
  statutory: StatutoryTime,
  t: (
    key:
      | "adminWorkflows.template.receive"
      | "adminWorkflows.template.handle"
      | "adminWorkflows.template.sign"
      | "adminWorkflows.template.return",
  ) => string,
): WorkflowDefinition {
  const task = (
    key: string,
    name: string,
    amount: number,
    unit: StatutoryTime["unit"],
    role: "one_stop_officer" | "specialist" | "agency_leader",
  ) => ({
    kind: "task" as const,
    key,
    name,
    duration: { amount, unit },
    unitId: agencyId,
    role,
  });
  if (statutory.unit === "calendar_days") {
    const total = Math.max(0, Math.floor(statutory.amount));
    return {
      schemaVersion: 1,
      steps:
        total >= 3
          ? [
              task("tiep-nhan", t("adminWorkflows.template.receive"), 1, "calendar_days", "one_stop_officer"),
              task("xu-ly", t("adminWorkflows.template.handle"), total - 2, "calendar_days", "specialist"),
              task(
                "tra-ket-qua",
                t("adminWorkflows.template.return"),
                1,
                "calendar_days",
                "one_stop_officer",
              ),
            ]
          : [task("xu-ly", t("adminWorkflows.template.handle"), total, "calendar_days", "specialist")],
    };
  }
  const days =
    statutory.unit === "working_days"
      ? statutory.amount
      : statutory.unit === "half_days"
        ? statutory.amount / 2
        : statutory.amount / 8;
  if (days < 2.5) {
    return {
      schemaVersion: 1,
      steps: [task("xu-ly", t("adminWorkflows.template.handle"), days, "working_days", "specialist")],
    };
  }
  return {
    schemaVersion: 1,
    steps: [
      task("tiep-nhan", t("adminWorkflows.template.receive"), 0.5, "working_days", "one_stop_officer"),
      task("xu-ly", t("adminWorkflows.template.handle"), days - 1.5, "working_days", "specialist"),
      task("ky-duyet", t("adminWorkflows.template.sign"), 0.5, "working_days", "agency_leader"),
      task("tra-ket-qua", t("adminWorkflows.template.return"), 0.5, "working_days", "one_stop_officer"),
    ],
  };
}
