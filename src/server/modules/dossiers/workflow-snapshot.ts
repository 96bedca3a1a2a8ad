import type { Duration } from "../../../domain/deadline/duration.ts";
import type { WorkflowInput } from "../../../domain/dossier/index.ts";
import type { WorkflowDefinition, WorkflowRole } from "../../../domain/workflow/definition.ts";

/**
 * PRC-1, PRC-4: the steps a dossier follows, from the approved workflow version it starts with.
 *
 * A workflow definition (src/domain/workflow) is flattened: a `transfer` step's sub-steps become
 * steps of the transfer's agency (the lifecycle moves between agencies with `transfer`); task
 * steps belong to the workflow's agency. Then the stages the lifecycle models by itself are taken
 * off the ends, because the lifecycle has them already:
 * - leading one-stop steps (tiếp nhận): the `received` stage, before `hand_over`;
 * - trailing one-stop steps (trả kết quả): `result_at_one_stop` → `result_ready` → `returned`;
 * - then a trailing step of the agency's leader (ký duyệt): the approval stage
 *   (`submit_for_approval` → `approve`), which always follows the workflow's last step.
 * An end is kept when a branch points at it alongside other steps (it is a real choice), and
 * nothing is taken off when nothing would remain.
 */
interface WorkflowSource {
  workflowId: string;
  version: number;
  /** The agency the workflow belongs to (its task steps are done there). */
  agencyId: string;
  definition: WorkflowDefinition;
}

interface FlatStep {
  key: string;
  name: string;
  agencyId: string;
  unitId: string;
  role: WorkflowRole;
  duration: Duration;
  /** Keys of the next steps; null = the following step. */
  next: string[] | null;
}

export function workflowSnapshot(source: WorkflowSource): WorkflowInput {
  const flat = flatten(source);
  const kept = strip(flat, source.agencyId);
  const index = new Map(kept.map((step, i) => [step.key, i]));
  const steps = kept.map((step) => {
    const next =
      step.next === null
        ? null
        : step.next.map((key) => index.get(key)).filter((to): to is number => to !== undefined);
    return {
      name: step.name,
      agencyId: step.agencyId,
      unitId: step.unitId,
      // The lifecycle refuses roles that never handle dossiers (ACC-4) with its own error.
      role: step.role as WorkflowInput["steps"][number]["role"],
      duration: { amount: step.duration.amount, unit: step.duration.unit },
      next,
    };
  });
  return { id: source.workflowId, version: source.version, steps };
}

function flatten(source: WorkflowSource): FlatStep[] {
  const steps = source.definition.steps;
  // A transfer is entered at its first sub-step.
  const entry = new Map<string, string>();
  for (const step of steps) {
    entry.set(step.key, step.kind === "transfer" ? `${step.key}/${step.steps[0]?.key}` : step.key);
  }
  const resolve = (keys: readonly string[]) => keys.map((key) => entry.get(key) ?? key);
  const flat: FlatStep[] = [];
  for (const step of steps) {
    if (step.kind === "task") {
      flat.push({
        key: step.key,
        name: step.name,
        agencyId: source.agencyId,
        unitId: step.unitId,
        role: step.role,
        duration: step.duration,
        next: step.next ? resolve(step.next) : null,
      });
      continue;
    }
    step.steps.forEach((sub, j) => {
      const last = j === step.steps.length - 1;
      const next = sub.next
        ? sub.next.map((key) => `${step.key}/${key}`)
        : last && step.next
          ? resolve(step.next)
          : null;
      flat.push({
        key: `${step.key}/${sub.key}`,
        name: sub.name,
        agencyId: step.agencyId,
        unitId: sub.unitId,
        role: sub.role,
        duration: sub.duration,
        next,
      });
    });
  }
  return flat;
}

function strip(flat: FlatStep[], agencyId: string): FlatStep[] {
  let steps = [...flat];
  // Leading reception steps: only a plain sequence (no branch out of them).
  while (steps.length > 1) {
    const first = steps[0] as FlatStep;
    const second = steps[1] as FlatStep;
    const plain = first.next === null || (first.next.length === 1 && first.next[0] === second.key);
    if (first.role !== "one_stop_officer" || !plain) break;
    steps = steps.slice(1);
  }
  const dropLast = (matches: (step: FlatStep) => boolean) => {
    while (steps.length > 1) {
      const last = steps[steps.length - 1] as FlatStep;
      if (!matches(last)) return;
      // A branch that offers the end step beside others is a real choice: keep it.
      const rest = steps.slice(0, -1);
      if (rest.some((step) => step.next && step.next.length > 1 && step.next.includes(last.key))) return;
      steps = rest.map((step) =>
        step.next?.includes(last.key) ? { ...step, next: step.next.filter((key) => key !== last.key) } : step,
      );
    }
  };
  dropLast((step) => step.role === "one_stop_officer");
  let leaderDropped = false;
  dropLast((step) => {
    const isApproval = !leaderDropped && step.role === "agency_leader" && step.agencyId === agencyId;
    if (isApproval) leaderDropped = true;
    return isApproval;
  });
  return steps.length > 0 ? steps : flat;
}
