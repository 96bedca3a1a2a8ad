import { sql } from "kysely";
import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import { checkWorkflow } from "./check-workflow.ts";
import { reviewWorkflowVersion } from "./review-workflow-version.ts";
import { checkedTimeColumns, requireWorkflowContext } from "./workflow-store.ts";

/**
 * Submits a draft for approval (PRC-1; seed 003 Art. 23.2–23.3). Its steps are checked again
 * against the statutory time in force and can no longer be edited unless it is returned.
 */
export async function submitWorkflowVersion(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  officerId: string,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  return reviewWorkflowVersion(db, context, version, officerId, now, {
    from: "draft",
    action: "submitted",
    change: async (trx, row) => {
      const { total } = await checkWorkflow(trx, context, row.definition);
      return {
        columns: {
          status: "submitted",
          submitted_by: officerId,
          submitted_at: sql`now()`,
          ...checkedTimeColumns(context.statutory, total),
        },
      };
    },
  });
}
