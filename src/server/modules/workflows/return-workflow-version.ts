import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import { reviewWorkflowVersion } from "./review-workflow-version.ts";
import { requireWorkflowContext } from "./workflow-store.ts";

/**
 * Sends a submitted version back to its authors with the reason (seed 003 Art. 23.2: "có văn bản
 * trả lại và nêu rõ lý do"); it becomes a draft again.
 */
export async function returnWorkflowVersion(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  reason: string,
  officerId: string,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  return reviewWorkflowVersion(db, context, version, officerId, now, {
    from: "submitted",
    action: "returned",
    note: reason,
    change: async () => ({ columns: { status: "draft", submitted_by: null, submitted_at: null } }),
  });
}
