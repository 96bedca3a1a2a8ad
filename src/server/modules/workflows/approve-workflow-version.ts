import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { checkWorkflow } from "./check-workflow.ts";
import { reviewWorkflowVersion } from "./review-workflow-version.ts";
import { checkedTimeColumns, requireWorkflowContext, type WorkflowVersionRow } from "./workflow-store.ts";

/** Leeway for an effective date sent by a browser whose clock is a little behind. */
const CLOCK_LEEWAY_MS = 5 * 60_000;

/**
 * Approves a submitted version (PRC-1; seed 003 Art. 23.3): the approval step, by another officer
 * than any who wrote or submitted it. Its steps are checked once more against the statutory time
 * in force. From `effectiveFrom` (default now, never in the past) new dossiers follow it; dossiers
 * already started keep the version they started with. Approved versions never change.
 */
export async function approveWorkflowVersion(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  options: { effectiveFrom?: string | undefined; note?: string | undefined },
  officerId: string,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  const effectiveFrom = effectiveFromOf(options.effectiveFrom, now);
  return reviewWorkflowVersion(db, context, version, officerId, now, {
    from: "submitted",
    action: "approved",
    note: options.note || null,
    change: async (trx, row) => {
      await refuseSelfApproval(trx, row, officerId);
      const { total } = await checkWorkflow(trx, context, row.definition);
      return {
        status: "approved",
        approved_by: officerId,
        approved_at: new Date(now),
        effective_from: new Date(effectiveFrom),
        ...checkedTimeColumns(context.statutory, total),
      };
    },
  });
}

/** When the approved version takes effect: the date asked for (never in the past), else now. */
function effectiveFromOf(requested: string | undefined, now: number): number {
  const effectiveFrom = requested ? Date.parse(requested) : now;
  if (effectiveFrom < now - CLOCK_LEEWAY_MS) {
    throw new AppError(
      422,
      "WORKFLOW_EFFECTIVE_IN_PAST",
      "Ngày áp dụng không được ở quá khứ: hồ sơ đã tiếp nhận giữ quy trình đã áp dụng cho chúng.",
    );
  }
  return effectiveFrom;
}

/** 403 when the approver wrote, edited or submitted the version (PRC-1: four eyes). */
async function refuseSelfApproval(trx: Db, row: WorkflowVersionRow, officerId: string): Promise<void> {
  const authors = await trx
    .selectFrom("workflow_version_event")
    .select("officer_id")
    .where("version_id", "=", row.id)
    .where("action", "in", ["created", "updated", "submitted"])
    .execute();
  const wrote = new Set([
    row.created_by,
    row.updated_by,
    row.submitted_by,
    ...authors.map((a) => a.officer_id),
  ]);
  if (wrote.has(officerId)) {
    throw new AppError(
      403,
      "WORKFLOW_SELF_APPROVAL",
      "Người soạn hoặc trình quy trình không được tự phê duyệt; cần một cán bộ khác phê duyệt (PRC-1).",
    );
  }
}
