import type { DurationUnit } from "../../../contracts/calendar.ts";
import type {
  TaskStep,
  TransferStep,
  WorkflowDefinition,
  WorkflowStep,
} from "../../../domain/workflow/definition.ts";
import { STEP_KEY } from "../../../domain/workflow/definition.ts";
import type { WorkflowIssue } from "../../../domain/workflow/validate-workflow.ts";

/**
 * Editing a workflow definition in the browser: every change gives a new definition (the editor
 * checks it with `validateWorkflow` at once). Steps are found by key, which is unique across the
 * whole workflow, transfers' steps included (the domain checks it).
 */
export type Definition = WorkflowDefinition;

interface StepLocation {
  /** Index in the top-level list. */
  index: number;
  /** Index inside a transfer's list, when the step is one of its steps. */
  subIndex?: number;
  /** `steps[2]` or `steps[2].steps[0]`, as problems are reported. */
  path: string;
}

export function locate(definition: Definition, key: string): StepLocation | null {
  for (const [index, step] of definition.steps.entries()) {
    if (step.key === key) return { index, path: `steps[${index}]` };
    if (step.kind !== "transfer") continue;
    const subIndex = step.steps.findIndex((sub) => sub.key === key);
    if (subIndex !== -1) return { index, subIndex, path: `steps[${index}].steps[${subIndex}]` };
  }
  return null;
}

export function stepAt(definition: Definition, location: StepLocation): WorkflowStep | TaskStep | undefined {
  const step = definition.steps[location.index];
  if (location.subIndex === undefined || !step) return step;
  return step.kind === "transfer" ? step.steps[location.subIndex] : undefined;
}

/** The list a step belongs to (the top level, or a transfer's steps), replaced by `change`. */
function withList(
  definition: Definition,
  location: StepLocation,
  change: (list: (WorkflowStep | TaskStep)[]) => (WorkflowStep | TaskStep)[],
): Definition {
  if (location.subIndex === undefined) {
    return { ...definition, steps: change([...definition.steps]) as WorkflowStep[] };
  }
  const steps = definition.steps.map((step, i) =>
    i === location.index && step.kind === "transfer"
      ? { ...step, steps: change([...step.steps]) as TaskStep[] }
      : step,
  );
  return { ...definition, steps };
}

/** Changes fields of one step; a new key is carried into every `next` that named the old one. */
export function updateStep(
  definition: Definition,
  key: string,
  patch: Partial<TaskStep> | Partial<TransferStep>,
): Definition {
  const location = locate(definition, key);
  if (!location) return definition;
  let next = withList(definition, location, (list) =>
    list.map((step, i) =>
      i === (location.subIndex ?? location.index) ? ({ ...step, ...patch } as WorkflowStep) : step,
    ),
  );
  if (patch.key !== undefined && patch.key !== key) next = renameReferences(next, key, patch.key);
  return next;
}

function renameReferences(definition: Definition, from: string, to: string): Definition {
  const rename = <T extends { next?: string[] | undefined }>(step: T): T =>
    step.next?.includes(from) ? { ...step, next: step.next.map((k) => (k === from ? to : k)) } : step;
  return {
    ...definition,
    steps: definition.steps.map((step) =>
      step.kind === "transfer" ? { ...rename(step), steps: step.steps.map(rename) } : rename(step),
    ),
  };
}

/** Removes a step and every `next` naming it (a transfer's last step cannot go: it needs one). */
export function removeStep(definition: Definition, key: string): Definition {
  const location = locate(definition, key);
  if (!location) return definition;
  const trimmed = withList(definition, location, (list) =>
    list.filter((_, i) => i !== (location.subIndex ?? location.index)),
  );
  const drop = <T extends { next?: string[] | undefined }>(step: T): T =>
    step.next?.includes(key) ? { ...step, next: step.next.filter((k) => k !== key) } : step;
  return {
    ...trimmed,
    steps: trimmed.steps.map((step) =>
      step.kind === "transfer" ? { ...drop(step), steps: step.steps.map(drop) } : drop(step),
    ),
  };
}

/** Moves a step one place up (-1) or down (+1) in its list. */
export function moveStep(definition: Definition, key: string, by: -1 | 1): Definition {
  const location = locate(definition, key);
  if (!location) return definition;
  const from = location.subIndex ?? location.index;
  return withList(definition, location, (list) => {
    const to = from + by;
    if (to < 0 || to >= list.length) return list;
    const copy = [...list];
    const [moved] = copy.splice(from, 1);
    if (moved) copy.splice(to, 0, moved);
    return copy;
  });
}

/** Inserts `step` after the step `after` (in the same list), or at the end of the top level. */
export function insertStep(
  definition: Definition,
  step: WorkflowStep | TaskStep,
  after: string | null,
): Definition {
  const location = after ? locate(definition, after) : null;
  if (!location) return { ...definition, steps: [...definition.steps, step as WorkflowStep] };
  const at = (location.subIndex ?? location.index) + 1;
  return withList(definition, location, (list) => [...list.slice(0, at), step, ...list.slice(at)]);
}

/** A key no step uses yet: `buoc-3`, `buoc-4`… */
export function freshKey(definition: Definition, base = "buoc"): string {
  const used = new Set(
    definition.steps.flatMap((s) => [s.key, ...(s.kind === "transfer" ? s.steps.map((t) => t.key) : [])]),
  );
  for (let n = used.size + 1; ; n++) {
    const key = `${base}-${n}`;
    if (!used.has(key) && STEP_KEY.test(key)) return key;
  }
}

/** A unit that fits the procedure's time: calendar days for one counted in calendar days (CAL-5). */
export function defaultUnit(statutoryUnit: DurationUnit): DurationUnit {
  return statutoryUnit === "calendar_days" ? "calendar_days" : "working_days";
}

/** The problems of one step (`steps[2]`, `steps[2].name`, `steps[2].steps[0].role`…), not those of its sub-steps. */
export function issuesOfStep(issues: readonly WorkflowIssue[], path: string): WorkflowIssue[] {
  return issues.filter((issue) => {
    if (issue.path === path) return true;
    if (!issue.path.startsWith(`${path}.`) && !issue.path.startsWith(`${path}[`)) return false;
    // A transfer's sub-steps report their own problems.
    return !/^\.steps\[\d+\]/.test(issue.path.slice(path.length));
  });
}

/** The message at `path` exactly (a field of the step editor). */
export function issueAt(issues: readonly WorkflowIssue[], path: string): string | undefined {
  return issues.find(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  )?.message;
}

/** The paths of the steps that have a problem (for the diagram), sub-steps included. */
export function failingStepPaths(issues: readonly WorkflowIssue[]): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    const match = /^steps\[\d+\](?:\.steps\[\d+\])?/.exec(issue.path);
    if (match) paths.add(match[0]);
  }
  return paths;
}

/** The problems about the workflow as a whole (`steps`, ``): the total time (PRC-1), no steps… */
export function workflowIssues(issues: readonly WorkflowIssue[]): WorkflowIssue[] {
  return issues.filter((issue) => !/^steps\[\d+\]/.test(issue.path));
}

/** "steps.2.duration.amount" (some error shapes) → "steps[2].duration.amount". */
export function bracketPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}
