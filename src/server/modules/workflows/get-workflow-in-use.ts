import type { Db } from "../../db/database.ts";
import { getWorkflowVersion, type WorkflowVersionRecord } from "./get-workflow-version.ts";

/**
 * The workflow a dossier of a procedure received by an agency at `at` follows (PRC-1): the
 * highest approved version whose effective date has come. The dossier then keeps that version
 * (store `workflowId` and `version`; read it back with getWorkflowVersion). Undefined when the
 * procedure has no approved workflow at the agency.
 */
export async function getWorkflowInUse(
  db: Db,
  procedureId: string,
  agencyId: string,
  at: number,
): Promise<WorkflowVersionRecord | undefined> {
  const row = await db
    .selectFrom("workflow_version as v")
    .innerJoin("workflow as w", "w.id", "v.workflow_id")
    .select(["v.workflow_id", "v.version"])
    .where("w.procedure_id", "=", procedureId)
    .where("w.agency_id", "=", agencyId)
    .where("v.status", "=", "approved")
    .where("v.effective_from", "<=", new Date(at))
    .orderBy("v.version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? getWorkflowVersion(db, row.workflow_id, row.version) : undefined;
}
