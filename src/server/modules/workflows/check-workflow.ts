import { DomainError } from "../../../domain/errors.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import {
  assertValidWorkflow,
  type WorkflowIssue,
  type WorkflowTotal,
} from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { ancestorsOrSelf } from "../identity/scope.ts";
import { agencyIdsOf, type WorkflowContext, workflowCalendarOf } from "./workflow-store.ts";

/**
 * Checks a workflow for its procedure and agency (PRC-1, PRC-4): the domain rules against the
 * catalog's statutory time and the agency's working day, then what only the agency tree knows —
 * every unit exists; a transfer goes to another agency, and the steps there are done by that
 * agency or its units. A refusal is a 422 listing every problem with its path; nothing is saved.
 */
export async function checkWorkflow(
  db: Db,
  context: WorkflowContext,
  input: unknown,
): Promise<{ definition: WorkflowDefinition; total: WorkflowTotal }> {
  const calendar = await workflowCalendarOf(db, context.agency.id);
  const checked = assertValidWorkflow(input, context.statutory, calendar);
  const issues = await agencyTreeIssues(db, context, checked.definition);
  if (issues.length > 0) {
    throw new DomainError(
      "WORKFLOW_INVALID",
      issues.length === 1
        ? `${issues[0]?.path}: ${issues[0]?.message}`
        : `Quy trình điện tử có ${issues.length} lỗi; xem danh sách lỗi.`,
      { rule: issues.find((i) => i.rule)?.rule ?? "PRC-1", details: { errors: issues } },
    );
  }
  return checked;
}

async function agencyTreeIssues(
  db: Db,
  context: WorkflowContext,
  definition: WorkflowDefinition,
): Promise<WorkflowIssue[]> {
  const issues: WorkflowIssue[] = [];
  const known = new Set(
    (await db.selectFrom("agency").select("id").where("id", "in", agencyIdsOf(definition)).execute()).map(
      (r) => r.id,
    ),
  );
  const missing = (path: string) =>
    issues.push({
      path,
      code: "WORKFLOW_UNIT_NOT_FOUND",
      message: "Không có cơ quan, đơn vị này trong cây tổ chức.",
    });

  for (const [i, step] of definition.steps.entries()) {
    if (step.kind === "task") {
      if (!known.has(step.unitId)) missing(`steps[${i}].unitId`);
      continue;
    }
    if (!known.has(step.agencyId)) {
      missing(`steps[${i}].agencyId`);
      continue;
    }
    if (step.agencyId === context.agency.id) {
      issues.push({
        path: `steps[${i}].agencyId`,
        code: "WORKFLOW_TRANSFER_SAME_AGENCY",
        message: "Liên thông là chuyển hồ sơ sang một cơ quan khác với cơ quan giải quyết (PRC-4).",
        rule: "PRC-4",
      });
    }
    for (const [j, sub] of step.steps.entries()) {
      if (!known.has(sub.unitId)) {
        missing(`steps[${i}].steps[${j}].unitId`);
        continue;
      }
      const chain = (await ancestorsOrSelf(db, sub.unitId).execute()).map((r) => r.id);
      if (!chain.includes(step.agencyId)) {
        issues.push({
          path: `steps[${i}].steps[${j}].unitId`,
          code: "WORKFLOW_UNIT_OUTSIDE_TRANSFER",
          message:
            "Các bước tại cơ quan liên thông phải do chính cơ quan đó hoặc đơn vị trực thuộc thực hiện (PRC-4).",
          rule: "PRC-4",
        });
      }
    }
  }
  return issues;
}
