import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DurationUnit } from "../../../contracts/calendar.ts";
import type { TaskStep, WorkflowStep } from "../../../domain/workflow/definition.ts";
import { WORKFLOW_ROLES } from "../../../domain/workflow/definition.ts";
import type { WorkflowIssue } from "../../../domain/workflow/validate-workflow.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import type { AgencyTree } from "../../lib/agency-tree.ts";
import { roleLabelOf } from "../../workspace/roles.ts";
import { DecimalInput } from "./DecimalInput.tsx";
import {
  type Definition,
  defaultUnit,
  freshKey,
  insertStep,
  issueAt,
  issuesOfStep,
  locate,
  moveStep,
  removeStep,
  stepAt,
  updateStep,
} from "./workflow-edit.ts";

interface Props {
  definition: Definition;
  stepKey: string;
  onChange: (definition: Definition, select?: string) => void;
  onSelect: (key: string) => void;
  issues: readonly WorkflowIssue[];
  tree: AgencyTree | null;
  /** The agency of the workflow (new steps are done there by default). */
  agencyId: string;
  statutoryUnit: DurationUnit;
  agencyName: (id: string) => string;
}

/** The fields of the step chosen in the diagram: name, duration, role and unit; the flow; the order. */
export function StepEditor({
  definition,
  stepKey,
  onChange,
  onSelect,
  issues,
  tree,
  agencyId,
  statutoryUnit,
  agencyName,
}: Props) {
  const { t } = useTranslation();
  const location = locate(definition, stepKey);
  const step = location ? stepAt(definition, location) : undefined;
  if (!location || !step) return null;
  const path = location.path;
  const own = issuesOfStep(issues, path);
  const at = (field: string) => issueAt(own, `${path}.${field}`);
  const inTransfer = location.subIndex !== undefined;
  const siblings: (WorkflowStep | TaskStep)[] = inTransfer
    ? (() => {
        const parent = definition.steps[location.index];
        return parent?.kind === "transfer" ? parent.steps : [];
      })()
    : definition.steps;
  const position = location.subIndex ?? location.index;
  const later = siblings.slice(position + 1);
  const change = (patch: Partial<TaskStep> | Partial<WorkflowStep>) =>
    onChange(updateStep(definition, stepKey, patch as Partial<TaskStep>));

  const parent = inTransfer ? definition.steps[location.index] : undefined;
  // A step at the other agency is done there (PRC-4); others by the workflow's agency, to be refined.
  const homeUnit = parent?.kind === "transfer" ? parent.agencyId : agencyId;

  function newTask(unitId: string): TaskStep {
    return {
      kind: "task",
      key: freshKey(definition),
      name: t("adminWorkflows.editor.newStepName"),
      duration: { amount: 1, unit: defaultUnit(statutoryUnit) },
      unitId,
      role: "specialist",
    };
  }

  function addAfter(kind: "task" | "transfer") {
    const key = freshKey(definition, kind === "transfer" ? "lien-thong" : "buoc");
    const task = { ...newTask(homeUnit), key };
    const added: WorkflowStep | TaskStep =
      kind === "task"
        ? task
        : {
            kind: "transfer",
            key,
            name: t("adminWorkflows.editor.newTransferName"),
            duration: { amount: 1, unit: defaultUnit(statutoryUnit) },
            agencyId: agencyId,
            steps: [{ ...newTask(agencyId), key: `${key}-1` }],
          };
    onChange(insertStep(definition, added, stepKey), key);
  }

  function addInside() {
    if (step?.kind !== "transfer") return;
    const key = freshKey(definition);
    const last = step.steps[step.steps.length - 1];
    const sub: TaskStep = { ...newTask(step.agencyId), key };
    const next = last
      ? insertStep(definition, sub, last.key)
      : updateStep(definition, stepKey, { steps: [sub] } as Partial<WorkflowStep> as Partial<TaskStep>);
    onChange(next, key);
  }

  const units = DurationUnit.options.map((value) => ({ value, label: t(`duePreview.units.${value}`) }));
  const explicitNext = step.next !== undefined;

  return (
    <Paper withBorder p="md" data-testid="step-editor" data-step={step.key} data-path={path}>
      <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
        <div>
          <Text fz="xs" c="gray.7" tt="uppercase" fw={700}>
            {inTransfer
              ? t("adminWorkflows.editor.subStepN", { n: position + 1 })
              : step.kind === "transfer"
                ? t("adminWorkflows.editor.transferN", { n: position + 1 })
                : t("adminWorkflows.editor.stepN", { n: position + 1 })}
          </Text>
          <Title order={3} fz="md">
            {step.name || "—"}
          </Title>
        </div>
        {own.length > 0 && (
          <Badge color="red" variant="light" radius="sm" tt="none">
            {t("adminWorkflows.editor.problems", { count: own.length })}
          </Badge>
        )}
      </Group>
      {own.some((issue) => issue.path === path) && (
        <Alert color="red" variant="light" mb="sm">
          {own
            .filter((issue) => issue.path === path)
            .map((issue) => (
              <Text fz="sm" key={issue.code + issue.message}>
                {issue.message}
              </Text>
            ))}
        </Alert>
      )}
      <Stack gap="sm">
        <TextInput
          label={t("adminWorkflows.editor.name")}
          value={step.name}
          onChange={(event) => change({ name: event.currentTarget.value })}
          error={at("name")}
          required
          data-testid="step-name"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DecimalInput
            label={
              step.kind === "transfer"
                ? t("adminWorkflows.editor.allotted")
                : t("adminWorkflows.editor.duration")
            }
            value={step.duration.amount}
            onValue={(amount) => change({ duration: { ...step.duration, amount } })}
            error={at("duration.amount") ?? at("duration")}
            required
            data-testid="step-duration"
          />
          <NativeSelect
            label={t("adminWorkflows.editor.unit")}
            value={step.duration.unit}
            data={units}
            onChange={(event) =>
              change({ duration: { ...step.duration, unit: DurationUnit.parse(event.currentTarget.value) } })
            }
            error={at("duration.unit")}
            data-testid="step-duration-unit"
          />
        </SimpleGrid>
        {step.kind === "task" ? (
          <>
            <NativeSelect
              label={t("adminWorkflows.editor.role")}
              value={step.role}
              data={WORKFLOW_ROLES.map((role) => ({ value: role, label: roleLabelOf(role, t) }))}
              onChange={(event) => change({ role: event.currentTarget.value as TaskStep["role"] })}
              error={at("role")}
              data-testid="step-role"
            />
            <AgencyPicker
              tree={tree}
              value={step.unitId}
              onChange={(id) => id && change({ unitId: id })}
              label={t("adminWorkflows.editor.responsibleUnit")}
              placeholder={agencyName(step.unitId)}
              error={at("unitId")}
              data-testid="step-unit"
            />
          </>
        ) : (
          <>
            <AgencyPicker
              tree={tree}
              value={step.agencyId}
              onChange={(id) => id && change({ agencyId: id })}
              label={t("adminWorkflows.editor.transferAgency")}
              placeholder={agencyName(step.agencyId)}
              error={at("agencyId")}
              data-testid="step-agency"
            />
            <div>
              <Text fz="sm" fw={600} mb={4}>
                {t("adminWorkflows.editor.transferSteps")}
              </Text>
              {issueAt(own, `${path}.steps`) && (
                <Text c="red.9" fz="sm" mb={4}>
                  {issueAt(own, `${path}.steps`)}
                </Text>
              )}
              <Group gap="xs">
                {step.steps.map((sub, j) => (
                  <Button key={sub.key} size="compact-sm" variant="default" onClick={() => onSelect(sub.key)}>
                    {j + 1}. {sub.name}
                  </Button>
                ))}
                <Button size="compact-sm" variant="light" onClick={addInside} data-testid="step-add-inside">
                  {t("adminWorkflows.editor.addInside")}
                </Button>
              </Group>
            </div>
          </>
        )}

        <Radio.Group
          label={t("adminWorkflows.editor.next")}
          value={explicitNext ? "custom" : "default"}
          onChange={(value) =>
            value === "default"
              ? onChange(updateStep(definition, stepKey, { next: undefined }))
              : change({ next: later[0] ? [later[0].key] : [] })
          }
        >
          <Stack gap={6} mt={4}>
            <Radio
              value="default"
              label={
                later[0]
                  ? t("adminWorkflows.editor.nextDefault", { name: later[0].name })
                  : t("adminWorkflows.editor.nextEnd")
              }
            />
            <Radio
              value="custom"
              label={t("adminWorkflows.editor.nextCustom")}
              data-testid="step-next-custom"
            />
          </Stack>
        </Radio.Group>
        {explicitNext && (
          <Stack gap={4} pl="md">
            {later.length === 0 && (
              <Text fz="sm" c="gray.7">
                {t("adminWorkflows.editor.nextNone")}
              </Text>
            )}
            {later.map((candidate) => (
              <Checkbox
                key={candidate.key}
                label={candidate.name}
                checked={step.next?.includes(candidate.key) ?? false}
                onChange={(event) => {
                  const chosen = new Set(step.next ?? []);
                  if (event.currentTarget.checked) chosen.add(candidate.key);
                  else chosen.delete(candidate.key);
                  change({ next: later.map((s) => s.key).filter((key) => chosen.has(key)) });
                }}
              />
            ))}
            {(step.next?.length ?? 0) === 0 && later.length > 0 && (
              <Text fz="sm" c="gray.7">
                {t("adminWorkflows.editor.nextEndsHere")}
              </Text>
            )}
            {issueAt(own, `${path}.next`) && (
              <Text c="red.9" fz="sm">
                {issueAt(own, `${path}.next`)}
              </Text>
            )}
          </Stack>
        )}

        <TextInput
          label={t("adminWorkflows.editor.key")}
          description={t("adminWorkflows.editor.keyHint")}
          value={step.key}
          onChange={(event) => {
            const key = event.currentTarget.value;
            onChange(updateStep(definition, stepKey, { key }), key);
          }}
          error={at("key")}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          data-testid="step-key"
        />
        <Textarea
          label={t("adminWorkflows.editor.description")}
          value={step.description ?? ""}
          autosize
          minRows={2}
          onChange={(event) => change({ description: event.currentTarget.value || undefined })}
          error={at("description")}
        />

        <Group gap="xs" mt="xs">
          <Button
            size="compact-sm"
            variant="default"
            disabled={position === 0}
            onClick={() => onChange(moveStep(definition, stepKey, -1))}
            aria-label={t("adminWorkflows.editor.moveUp")}
          >
            ↑ {t("adminWorkflows.editor.up")}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            disabled={position === siblings.length - 1}
            onClick={() => onChange(moveStep(definition, stepKey, 1))}
            aria-label={t("adminWorkflows.editor.moveDown")}
          >
            ↓ {t("adminWorkflows.editor.down")}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            disabled={siblings.length <= 1}
            onClick={() => {
              const neighbour = siblings[position + 1] ?? siblings[position - 1];
              onChange(removeStep(definition, stepKey), neighbour?.key);
            }}
            data-testid="step-remove"
          >
            {t("adminWorkflows.editor.remove")}
          </Button>
        </Group>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => addAfter("task")}
            data-testid="step-add-after"
          >
            {t("adminWorkflows.editor.addAfter")}
          </Button>
          {!inTransfer && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => addAfter("transfer")}
              data-testid="step-add-transfer"
            >
              {t("adminWorkflows.editor.addTransfer")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
