import type { WorkflowVersionList } from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import { workflowTotal } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import {
  findWorkflowId,
  inUseVersionOf,
  requireWorkflowContext,
  stateOf,
  statutoryOf,
  workflowCalendarOf,
} from "./workflow-store.ts";

/** The versions of the workflow of a procedure at an agency, newest first (none yet: an empty list). */
export async function listWorkflowVersions(
  db: Db,
  procedureId: string,
  agencyId: string,
  now: number,
): Promise<WorkflowVersionList> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  const workflowId = await findWorkflowId(db, procedureId, agencyId);
  const rows = workflowId
    ? await db
        .selectFrom("workflow_version as v")
        .leftJoin("officer as c", "c.id", "v.created_by")
        .leftJoin("officer as a", "a.id", "v.approved_by")
        .selectAll("v")
        .select(["c.full_name as created_by_name", "a.full_name as approved_by_name"])
        .where("v.workflow_id", "=", workflowId)
        .orderBy("v.version", "desc")
        .execute()
    : [];
  const calendar = rows.length > 0 ? await workflowCalendarOf(db, agencyId) : undefined;
  const inUse = inUseVersionOf(rows, now);
  return {
    workflowId: workflowId ?? null,
    procedureId: context.procedure.id,
    procedureCode: context.procedure.code,
    procedureName: context.procedure.name,
    agency: context.agency,
    inUseVersion: inUse,
    versions: rows.map((r) => {
      const definition = r.definition as unknown as WorkflowDefinition;
      return {
        version: r.version,
        status: r.status,
        state: stateOf(r, inUse, now),
        revision: r.revision,
        stepCount: definition.steps.length,
        totalText: calendar ? workflowTotal(definition, statutoryOf(r), calendar).text : "",
        createdAt: r.created_at.toISOString(),
        createdBy: r.created_by_name,
        updatedAt: r.updated_at.toISOString(),
        submittedAt: r.submitted_at?.toISOString() ?? null,
        approvedAt: r.approved_at?.toISOString() ?? null,
        approvedBy: r.approved_by_name,
        effectiveFrom: r.effective_from?.toISOString() ?? null,
      };
    }),
  };
}
