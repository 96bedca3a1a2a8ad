import type { TFunction } from "i18next";
import type { DurationUnit } from "../../../../contracts/calendar.ts";
import type { PublicWorkflowStep } from "../../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../../domain/workflow/definition.ts";
import { roleLabelOf } from "../../../workspace/roles.ts";
import { durationText } from "../format.ts";
import type { DiagramStep, DiagramTask } from "./layout.ts";

const who = (role: string | null, unit: string | null, t: TFunction) =>
  [role ? roleLabelOf(role, t) : null, unit].filter(Boolean).join(" · ");

/** "Thời gian: 2 ngày làm việc"; a transfer: the time allotted to the other agency. */
function timeOf(duration: { amount: number; unit: DurationUnit }, transfer: boolean, t: TFunction): string {
  const text = durationText(duration, t);
  return transfer
    ? t("workflowDiagram.transferTime", { duration: text })
    : t("workflowDiagram.stepTime", { duration: text });
}

/** The steps of a workflow in use, as the public API gives them. */
export function stepsFromPublic(steps: readonly PublicWorkflowStep[], t: TFunction): DiagramStep[] {
  return steps.map((step, i) => {
    const base = {
      key: step.key,
      name: step.name,
      duration: timeOf(step.duration, step.kind === "transfer", t),
      next: step.next,
      path: `steps[${i}]`,
    };
    if (step.kind === "transfer" && step.transfer) {
      return {
        ...base,
        who: t("workflowDiagram.transferAgency", { agency: step.transfer.agency.name }),
        transfer: {
          agency: step.transfer.agency.name,
          steps: step.transfer.steps.map(
            (sub, j): DiagramTask => ({
              key: sub.key,
              name: sub.name,
              duration: timeOf(sub.duration, false, t),
              who: who(sub.role, sub.unit.name, t),
              next: sub.next,
              path: `steps[${i}].steps[${j}]`,
            }),
          ),
        },
      };
    }
    return { ...base, who: who(step.role, step.unit?.name ?? null, t) };
  });
}

/** The steps of a definition being edited; `agencyName` names units and agencies by id. */
export function stepsFromDefinition(
  definition: Pick<WorkflowDefinition, "steps">,
  agencyName: (id: string) => string,
  t: TFunction,
): DiagramStep[] {
  return definition.steps.map((step, i) => {
    const base = {
      key: step.key,
      name: step.name,
      duration: timeOf(step.duration, step.kind === "transfer", t),
      ...(step.next ? { next: step.next } : {}),
      path: `steps[${i}]`,
    };
    if (step.kind === "transfer") {
      const agency = agencyName(step.agencyId);
      return {
        ...base,
        who: t("workflowDiagram.transferAgency", { agency }),
        transfer: {
          agency,
          steps: step.steps.map(
            (sub, j): DiagramTask => ({
              key: sub.key,
              name: sub.name,
              duration: timeOf(sub.duration, false, t),
              who: who(sub.role, agencyName(sub.unitId), t),
              ...(sub.next ? { next: sub.next } : {}),
              path: `steps[${i}].steps[${j}]`,
            }),
          ),
        },
      };
    }
    return { ...base, who: who(step.role, agencyName(step.unitId), t) };
  });
}
