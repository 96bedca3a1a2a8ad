import type { Db } from "../../db/database.ts";
import { inTransaction } from "../catalog/versioned-store.ts";
import { lockWorkflow, requireVersionIn, requireWorkflowContext } from "./workflow-store.ts";

/** Deletes a draft with its history; submitted and approved versions are kept. */
export async function discardWorkflowDraft(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
): Promise<void> {
  await requireWorkflowContext(db, procedureId, agencyId);
  await inTransaction(db, async (trx) => {
    const workflowId = await lockWorkflow(trx, procedureId, agencyId);
    const row = await requireVersionIn(trx, workflowId, version, "draft");
    await trx.deleteFrom("workflow_version").where("id", "=", row.id).execute();
  });
}
