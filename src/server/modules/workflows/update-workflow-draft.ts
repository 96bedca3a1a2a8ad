import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import { draftChanged, draftEditColumns, inTransaction } from "../catalog/versioned-store.ts";
import { checkWorkflow } from "./check-workflow.ts";
import { versionDetail } from "./version-detail.ts";
import {
  checkedTimeColumns,
  findWorkflowId,
  recordEvent,
  requireVersionIn,
  requireWorkflowContext,
} from "./workflow-store.ts";

/**
 * Replaces the steps of a draft (PRC-1), checked again against the statutory time. `revision` is
 * the one the editor started from: if someone saved in between, nothing changes (409).
 */
export async function updateWorkflowDraft(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  input: unknown,
  revision: number,
  officerId: string,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  const workflowId = await findWorkflowId(db, procedureId, agencyId);
  const current = await requireVersionIn(db, workflowId, version, "draft");
  const { definition, total } = await checkWorkflow(db, context, input);
  const updated = await inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("workflow_version")
      .set({
        definition: JSON.stringify(definition),
        ...checkedTimeColumns(context.statutory, total),
        ...draftEditColumns(officerId),
      })
      .where("id", "=", current.id)
      .where("status", "=", "draft")
      .where("revision", "=", revision)
      .returningAll()
      .executeTakeFirst();
    if (row) await recordEvent(trx, row.id, "updated", officerId);
    return row;
  });
  if (updated) return versionDetail(db, context, updated, now);
  const latest = await requireVersionIn(db, workflowId, version, "draft");
  throw draftChanged("WORKFLOW_DRAFT_CHANGED", latest.revision);
}
