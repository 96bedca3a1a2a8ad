import type { WorkflowDefinition, WorkflowRole } from "../../../domain/workflow/definition.ts";
import { ROLE_NAMES } from "../../../domain/workflow/definition.ts";
import type { WorkflowIssue } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { ancestorsOrSelf } from "../identity/scope.ts";

/**
 * Who can do a workflow step (PRC-9): the active officers holding the step's role over its unit
 * (a role covers its agency's subtree). A step nobody can do strands every dossier sent to it, so
 * a workflow is not approved with one (PRC-1) and no dossier is handed over to one (PRC-2).
 */

/** The active officers holding `role` over `unitId`, by name. */
export function staffOf(db: Db, unitId: string, role: WorkflowRole) {
  return db
    .selectFrom("officer as o")
    .select(["o.id", "o.full_name", "o.username"])
    .where("o.status", "=", "active")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("officer_role as r")
          .select("r.officer_id")
          .whereRef("r.officer_id", "=", "o.id")
          .where("r.role", "=", role)
          .where("r.scope_agency_id", "in", ancestorsOrSelf(db, unitId)),
      ),
    );
}

/** Whether at least one active officer holds `role` over `unitId`. */
export async function isStaffed(db: Db, unitId: string, role: WorkflowRole): Promise<boolean> {
  return (await staffOf(db, unitId, role).limit(1).executeTakeFirst()) !== undefined;
}

interface PlacedTask {
  readonly path: string;
  readonly name: string;
  readonly unitId: string;
  readonly role: WorkflowRole;
}

function tasksOf(definition: WorkflowDefinition): PlacedTask[] {
  return definition.steps.flatMap((step, i) =>
    step.kind === "task"
      ? [{ path: `steps[${i}]`, name: step.name, unitId: step.unitId, role: step.role }]
      : step.steps.map((sub, j) => ({
          path: `steps[${i}].steps[${j}]`,
          name: sub.name,
          unitId: sub.unitId,
          role: sub.role,
        })),
  );
}

type StaffingCheck = (unitId: string, role: WorkflowRole) => Promise<boolean>;

/** `isStaffed`, asked once per unit and role (a list of workflows shares its units). */
export function staffingCheck(db: Db): StaffingCheck {
  const known = new Map<string, Promise<boolean>>();
  return (unitId, role) => {
    const key = `${unitId}/${role}`;
    const answer = known.get(key) ?? isStaffed(db, unitId, role);
    known.set(key, answer);
    return answer;
  };
}

/** PRC-1: the steps (a transfer's included) whose unit has no active officer with the step's role. */
export async function unstaffedSteps(
  db: Db,
  definition: WorkflowDefinition,
  staffed: StaffingCheck = staffingCheck(db),
): Promise<WorkflowIssue[]> {
  const issues: WorkflowIssue[] = [];
  for (const task of tasksOf(definition)) {
    if (await staffed(task.unitId, task.role)) continue;
    issues.push({
      path: `${task.path}.unitId`,
      code: "WORKFLOW_STEP_UNSTAFFED",
      message: `Bước "${task.name}": đơn vị không có cán bộ đang hoạt động giữ vai trò ${ROLE_NAMES[task.role]}; hồ sơ chuyển đến bước này sẽ không ai xử lý.`,
      rule: "PRC-1",
    });
  }
  return issues;
}
