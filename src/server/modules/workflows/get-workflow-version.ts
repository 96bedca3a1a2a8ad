import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import type { StatutoryTime } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import type { WorkflowVersionStatus } from "../../db/schema/forms-workflows.ts";
import { loadVersionDetail } from "./version-detail.ts";
import { findWorkflowId, recordedStatutoryOf, requireWorkflowContext } from "./workflow-store.ts";

/** A workflow version as a dossier keeps it: the steps it follows and the time they were checked against. */
export interface WorkflowVersionRecord {
  workflowId: string;
  procedureId: string;
  agencyId: string;
  version: number;
  status: WorkflowVersionStatus;
  definition: WorkflowDefinition;
  /** PRC-1: the statutory time the steps were checked against, and its catalog version. */
  statutory: StatutoryTime & { procedureVersion: number | null };
  approvedAt: Date | null;
  effectiveFrom: Date | null;
}

/**
 * One version of a workflow by the workflow's id, whatever its status, or undefined. Approved
 * versions never change, so a dossier that started with version N reads the same steps here
 * forever (PRC-1).
 */
export async function getWorkflowVersion(
  db: Db,
  workflowId: string,
  version: number,
): Promise<WorkflowVersionRecord | undefined> {
  const row = await db
    .selectFrom("workflow_version as v")
    .innerJoin("workflow as w", "w.id", "v.workflow_id")
    .selectAll("v")
    .select(["w.procedure_id", "w.agency_id"])
    .where("v.workflow_id", "=", workflowId)
    .where("v.version", "=", version)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    workflowId: row.workflow_id,
    procedureId: row.procedure_id,
    agencyId: row.agency_id,
    version: row.version,
    status: row.status,
    definition: row.definition as unknown as WorkflowDefinition,
    statutory: recordedStatutoryOf(row),
    approvedAt: row.approved_at,
    effectiveFrom: row.effective_from,
  };
}

/** One version in full for administration, addressed by procedure and agency. */
export async function getWorkflowVersionDetail(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  return loadVersionDetail(db, context, await findWorkflowId(db, procedureId, agencyId), version, now);
}
