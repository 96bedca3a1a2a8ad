import type { PublicWorkflowStep, PublicWorkflows } from "../../../contracts/workflows.ts";
import { ROLE_NAMES, type TaskStep, type WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import { successorsOf, workflowTotal } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import {
  agencyIdsOf,
  agencyNames,
  inUseVersionOf,
  statutoryOf,
  workflowCalendarOf,
} from "./workflow-store.ts";

/**
 * The workflows in use for a published procedure, one per agency (or the given agency's), for
 * the procedure page: step names, who does them, and durations; no officers' names.
 */
export async function getPublicWorkflows(
  db: Db,
  procedureId: string,
  agencyId: string | undefined,
  now: number,
): Promise<PublicWorkflows> {
  const procedure = /^[0-9a-f-]{36}$/i.test(procedureId)
    ? await db
        .selectFrom("procedure")
        .select(["id", "code"])
        .where("id", "=", procedureId)
        .where("published_version", "is not", null)
        .executeTakeFirst()
    : undefined;
  if (!procedure)
    throw new AppError(404, "PROCEDURE_NOT_FOUND", "Không tìm thấy thủ tục hành chính đã chọn.");
  let query = db
    .selectFrom("workflow_version as v")
    .innerJoin("workflow as w", "w.id", "v.workflow_id")
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .selectAll("v")
    .select(["a.id as agency_id", "a.code as agency_code", "a.name as agency_name"])
    .where("w.procedure_id", "=", procedureId)
    .where("v.status", "=", "approved")
    .where("v.effective_from", "<=", new Date(now));
  if (agencyId) query = query.where("w.agency_id", "=", agencyId);
  const rows = await query.orderBy("a.code").execute();
  const inUse = rows.filter(
    (row) =>
      row.version ===
      inUseVersionOf(
        rows.filter((r) => r.workflow_id === row.workflow_id),
        now,
      ),
  );
  const names = await agencyNames(
    db,
    inUse.flatMap((r) => agencyIdsOf(r.definition as unknown as WorkflowDefinition)),
  );
  const unit = (id: string) => ({ id, name: names.get(id) ?? "" });
  const task = (step: TaskStep, next: string[]) => ({
    key: step.key,
    name: step.name,
    duration: step.duration,
    unit: unit(step.unitId),
    role: step.role,
    roleName: ROLE_NAMES[step.role],
    next,
  });
  const workflows = await Promise.all(
    inUse.map(async (row) => {
      const definition = row.definition as unknown as WorkflowDefinition;
      const successors = successorsOf(definition.steps);
      const total = workflowTotal(definition, statutoryOf(row), await workflowCalendarOf(db, row.agency_id));
      const steps: PublicWorkflowStep[] = definition.steps.map((step) => {
        const next = successors.get(step.key) ?? [];
        if (step.kind === "task") return { kind: "task", ...task(step, next), transfer: null };
        const inner = successorsOf(step.steps);
        return {
          kind: "transfer",
          key: step.key,
          name: step.name,
          duration: step.duration,
          next,
          unit: null,
          role: null,
          roleName: null,
          transfer: {
            agency: unit(step.agencyId),
            steps: step.steps.map((sub) => task(sub, inner.get(sub.key) ?? [])),
          },
        };
      });
      return {
        agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
        version: row.version,
        effectiveFrom: (row.effective_from as Date).toISOString(),
        basis: definition.basis ?? null,
        totalText: total.text,
        statutoryText: total.budgetText,
        steps,
      };
    }),
  );
  return { procedureId: procedure.id, procedureCode: procedure.code, workflows };
}
