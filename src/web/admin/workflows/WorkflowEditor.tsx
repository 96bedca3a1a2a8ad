import { Alert, Box, List, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DurationUnit } from "../../../contracts/calendar.ts";
import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import {
  type StatutoryTime,
  validateWorkflow,
  type WorkflowIssue,
  workflowTotal,
} from "../../../domain/workflow/validate-workflow.ts";
import { adminWorkflowsApi } from "../../api-client/workflows.ts";
import { stepsFromDefinition } from "../../portal/catalog/workflow-diagram/steps.ts";
import { TotalBar } from "../../portal/catalog/workflow-diagram/TotalBar.tsx";
import { WorkflowDiagram } from "../../portal/catalog/workflow-diagram/WorkflowDiagram.tsx";
import { ConfirmModal } from "../draft-editing/ConfirmModal.tsx";
import { DraftActions } from "../draft-editing/DraftActions.tsx";
import { DraftOutcomeAlerts } from "../draft-editing/DraftOutcomeAlerts.tsx";
import { type DraftOutcome, outcomeOfSaveError } from "../draft-editing/draft-outcome.ts";
import { useLeaveWarning } from "../draft-editing/useLeaveWarning.ts";
import { useAgencyTree } from "../useAgencyTree.ts";
import { StepEditor } from "./StepEditor.tsx";
import { useWorkflowCalendar } from "./useWorkflowCalendar.ts";
import { bracketPath, type Definition, failingStepPaths, locate, workflowIssues } from "./workflow-edit.ts";

interface Props {
  procedureId: string;
  agencyId: string;
  /** The definition to start from: the draft's, or a copy of a version / a template for a new draft. */
  initial: Definition;
  statutory: StatutoryTime;
  /** The draft being edited; null: a new draft, created on the first save. */
  draft: { version: number; revision: number } | null;
  /** Names of units and agencies by id, as the server gave them. */
  agencyNames: Readonly<Record<string, string>>;
  onSaved: (detail: WorkflowVersionDetail) => void;
  onSubmitted: (detail: WorkflowVersionDetail) => void;
  onDiscarded: () => void;
  /** Reload the draft from the server (after a conflict). */
  onReload: () => void;
}

/**
 * The workflow editor (PRC-1, PRC-4): the diagram of the steps, the step chosen in it edited beside
 * it, every change checked at once by the domain's `validateWorkflow` with the agency's working day
 * and the procedure's statutory time, and the total against that time as a bar. The server checks
 * again on save (422 with every problem by path, citing the rule) and refuses an edit made on an
 * older revision (409).
 */
export function WorkflowEditor({
  procedureId,
  agencyId,
  initial,
  statutory,
  draft,
  agencyNames,
  onSaved,
  onSubmitted,
  onDiscarded,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const { calendar } = useWorkflowCalendar(agencyId);
  const [definition, setDefinition] = useState<Definition>(initial);
  const [base, setBase] = useState({ definition: initial, revision: draft?.revision ?? 0 });
  const [selected, setSelected] = useState<string | null>(initial.steps[0]?.key ?? null);
  const [serverIssues, setServerIssues] = useState<WorkflowIssue[]>([]);
  const [outcome, setOutcome] = useState<DraftOutcome>({ kind: "none" });
  const [busy, setBusy] = useState<null | "save" | "submit" | "discard">(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const stepPanel = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(definition) !== JSON.stringify(base.definition);

  useLeaveWarning(dirty);

  const check = useMemo(
    () => validateWorkflow(definition, statutory, calendar),
    [definition, statutory, calendar],
  );
  const issues = useMemo(
    (): WorkflowIssue[] =>
      // The server's answer repeats what the browser found: each problem once.
      [...(check.ok ? [] : check.errors), ...serverIssues].filter(
        (issue, i, all) =>
          all.findIndex(
            (o) => o.path === issue.path && o.code === issue.code && o.message === issue.message,
          ) === i,
      ),
    [check, serverIssues],
  );
  const total = useMemo(() => {
    if (check.ok) return check.total;
    const parsed = WorkflowDefinition.safeParse(definition);
    return parsed.success ? workflowTotal(parsed.data, statutory, calendar) : null;
  }, [check, definition, statutory, calendar]);

  const names = (id: string) => tree?.byId.get(id)?.name ?? agencyNames[id] ?? id;
  const steps = useMemo(
    () => stepsFromDefinition(definition, (id) => tree?.byId.get(id)?.name ?? agencyNames[id] ?? id, t),
    [definition, tree, agencyNames, t],
  );
  const failing = useMemo(() => failingStepPaths(issues), [issues]);
  const whole = workflowIssues(issues);
  const longest = useMemo(() => new Set(total?.longestPath ?? []), [total]);

  function change(next: Definition, select?: string) {
    setDefinition(next);
    setServerIssues([]);
    if (outcome.kind !== "conflict") setOutcome({ kind: "none" });
    if (select !== undefined) setSelected(select);
    else if (selected && !locate(next, selected)) setSelected(next.steps[0]?.key ?? null);
  }

  async function save(): Promise<WorkflowVersionDetail | null> {
    setBusy("save");
    setOutcome({ kind: "none" });
    try {
      const saved = draft
        ? await adminWorkflowsApi.updateDraft(procedureId, agencyId, draft.version, definition, base.revision)
        : await adminWorkflowsApi.createDraft(procedureId, agencyId, definition);
      setBase({ definition: saved.definition, revision: saved.revision });
      setDefinition(saved.definition);
      setServerIssues([]);
      setOutcome({ kind: "saved" });
      onSaved(saved);
      return saved;
    } catch (error) {
      refused(error);
      return null;
    } finally {
      setBusy(null);
    }
  }

  function refused(error: unknown) {
    setOutcome(outcomeOfSaveError(error, t, setServerIssues, bracketPath));
  }

  async function submit() {
    const saved = dirty || !draft ? await save() : null;
    const version = saved?.version ?? draft?.version;
    if (version === undefined || ((dirty || !draft) && !saved)) return;
    setBusy("submit");
    try {
      onSubmitted(await adminWorkflowsApi.submit(procedureId, agencyId, version));
    } catch (error) {
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    if (!draft) {
      onDiscarded();
      return;
    }
    setBusy("discard");
    try {
      await adminWorkflowsApi.discardDraft(procedureId, agencyId, draft.version);
      setConfirmDiscard(false);
      onDiscarded();
    } catch (error) {
      setConfirmDiscard(false);
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  const stepName = (path: string) => {
    const match = /^steps\[(\d+)\](?:\.steps\[(\d+)\])?/.exec(path);
    if (!match) return null;
    const top = definition.steps[Number(match[1])];
    const sub = match[2] !== undefined && top?.kind === "transfer" ? top.steps[Number(match[2])] : undefined;
    return (sub ?? top)?.name ?? null;
  };

  return (
    <Stack gap="md" data-testid="workflow-editor" data-dirty={dirty}>
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <Stack gap="sm">
          {total ? (
            <TotalBar
              amount={total.amount}
              budget={total.budget}
              text={total.text}
              budgetText={total.budgetText}
            />
          ) : (
            <Text fz="sm" c="gray.7">
              {t("adminWorkflows.editor.noTotal")}
            </Text>
          )}
          <TextInput
            label={t("adminWorkflows.editor.basis")}
            description={t("adminWorkflows.editor.basisHint")}
            value={definition.basis ?? ""}
            onChange={(event) => change({ ...definition, basis: event.currentTarget.value || undefined })}
            data-testid="workflow-basis"
          />
        </Stack>
      </Paper>

      {whole.length > 0 && (
        <Alert
          color="red"
          title={t("adminWorkflows.editor.workflowProblems")}
          data-testid="workflow-live-errors"
        >
          <List size="sm" spacing={4}>
            {whole.map((issue) => (
              <List.Item key={`${issue.path}-${issue.code}`} data-code={issue.code} data-rule={issue.rule}>
                {issue.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Box className="mc-workflow-columns">
        <Paper withBorder p={{ base: "xs", sm: "md" }}>
          <Text fz="sm" c="gray.7" mb="xs">
            {t("adminWorkflows.editor.diagramHint")}
          </Text>
          <WorkflowDiagram
            steps={steps}
            label={t("adminWorkflows.editor.diagramLabel")}
            longest={longest}
            errorPaths={failing}
            selected={selected}
            onSelect={(key) => {
              setSelected(key);
              // On a phone the step's fields are below the diagram: bring them into view.
              if (window.matchMedia("(max-width: 62em)").matches) {
                requestAnimationFrame(() => stepPanel.current?.scrollIntoView({ block: "start" }));
              }
            }}
            data-testid="workflow-diagram"
          />
        </Paper>
        <Box className="mc-sticky" ref={stepPanel}>
          {selected ? (
            <StepEditor
              definition={definition}
              stepKey={selected}
              onChange={change}
              onSelect={setSelected}
              issues={issues}
              tree={tree}
              agencyId={agencyId}
              statutoryUnit={statutory.unit as DurationUnit}
              agencyName={names}
            />
          ) : (
            <Text c="gray.7">{t("adminWorkflows.editor.chooseStep")}</Text>
          )}
        </Box>
      </Box>

      {issues.length > whole.length && (
        <Paper withBorder p="md" data-testid="workflow-step-errors">
          <Title order={3} fz="sm" mb={4}>
            {t("adminWorkflows.editor.stepProblems")}
          </Title>
          <List size="sm" spacing={4}>
            {issues
              .filter((issue) => !whole.includes(issue))
              .map((issue) => (
                <List.Item key={`${issue.path}-${issue.code}-${issue.message}`}>
                  <Text span fw={600}>
                    {stepName(issue.path) ?? issue.path}
                  </Text>
                  : {issue.message}
                </List.Item>
              ))}
          </List>
        </Paper>
      )}

      <Paper withBorder p="md">
        <DraftActions
          testIdPrefix="workflow"
          busy={busy}
          save={{
            label: draft ? t("adminWorkflows.editor.save") : t("adminWorkflows.editor.create"),
            onClick: () => void save(),
          }}
          publish={{
            name: "submit",
            label: t("adminWorkflows.editor.submit"),
            onClick: () => void submit(),
            disabled: !check.ok,
          }}
          undo={{
            label: t("adminWorkflows.editor.undo"),
            onClick: () => change(base.definition),
            disabled: !dirty,
          }}
          discard={{
            label: draft ? t("adminWorkflows.editor.discard") : t("adminWorkflows.editor.cancelNew"),
            onClick: () => (draft ? setConfirmDiscard(true) : onDiscarded()),
          }}
        >
          {dirty && (
            <Text fz="sm" c="gray.7" data-testid="workflow-unsaved">
              {t("adminWorkflows.editor.unsaved")}
            </Text>
          )}
        </DraftActions>
        <DraftOutcomeAlerts
          outcome={outcome}
          labels={{
            saved: t("adminWorkflows.editor.saved"),
            refused: (rule) =>
              rule ? t("adminWorkflows.editor.refusedRule", { rule }) : t("adminWorkflows.editor.refused"),
            conflict: {
              title: t("adminWorkflows.editor.conflict"),
              reload: t("adminWorkflows.editor.reload"),
            },
            failed: t("adminWorkflows.editor.failed"),
          }}
          testIdPrefix="workflow"
          onReload={onReload}
        />
      </Paper>

      <ConfirmModal
        opened={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        title={t("adminWorkflows.editor.discardTitle")}
        message={t("adminWorkflows.editor.discardConfirm")}
        confirmLabel={t("adminWorkflows.editor.discard")}
        onConfirm={() => void discard()}
        loading={busy === "discard"}
        data-testid="workflow-discard-confirm"
      />
    </Stack>
  );
}
