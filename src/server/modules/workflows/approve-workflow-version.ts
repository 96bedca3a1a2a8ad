import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { WorkflowIssue } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { checkWorkflow } from "./check-workflow.ts";
import { reviewWorkflowVersion } from "./review-workflow-version.ts";
import { unstaffedSteps } from "./step-staffing.ts";
import { checkedTimeColumns, requireWorkflowContext, type WorkflowVersionRow } from "./workflow-store.ts";

/** Leeway for an effective date sent by a browser whose clock is a little behind. */
const CLOCK_LEEWAY_MS = 5 * 60_000;

/**
 * Approves a submitted version (PRC-1; seed 003 Art. 23.3): the approval step, by another officer
 * than any who wrote or submitted it. Its steps are checked once more against the statutory time
 * in force, and each step's unit must have an active officer with the step's role (else 422
 * WORKFLOW_STEP_UNSTAFFED listing the steps), unless the approver gives the reason to approve
 * anyway, recorded in the version's history. From `effectiveFrom` (default now, never in the
 * past) new dossiers follow it; dossiers already started keep the version they started with.
 * Approved versions never change.
 */
export async function approveWorkflowVersion(
  db: Db,
  procedureId: string,
  agencyId: string,
  version: number,
  options: Partial<Record<"effectiveFrom" | "note" | "unstaffedReason", string | undefined>>,
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
      const { definition, total } = await checkWorkflow(trx, context, row.definition);
      const unstaffed = await unstaffedSteps(trx, definition);
      return {
        columns: {
          status: "approved",
          approved_by: officerId,
          approved_at: new Date(now),
          effective_from: new Date(effectiveFrom),
          ...checkedTimeColumns(context.statutory, total),
        },
        note: approvalNote(options.note, unstaffed, options.unstaffedReason),
      };
    },
  });
}

/**
 * PRC-1: the approval's note; with unstaffed steps, the approver's reason to approve anyway is
 * required and recorded with the steps it concerns.
 */
function approvalNote(note: string | undefined, unstaffed: WorkflowIssue[], reason: string | undefined) {
  if (unstaffed.length === 0) return note || null;
  if (!reason) {
    throw new DomainError(
      "WORKFLOW_STEP_UNSTAFFED",
      unstaffed.length === 1
        ? `${unstaffed[0]?.message} Hãy phân công cán bộ cho đơn vị, đổi đơn vị của bước, hoặc nêu lý do vẫn phê duyệt.`
        : `Quy trình có ${unstaffed.length} bước mà đơn vị không có cán bộ giữ vai trò của bước; xem danh sách lỗi. Hãy phân công cán bộ, đổi đơn vị của bước, hoặc nêu lý do vẫn phê duyệt.`,
      { rule: "PRC-1", details: { errors: unstaffed } },
    );
  }
  const steps = unstaffed.map((issue) => issue.path).join(", ");
  return [note, `Phê duyệt dù bước chưa có cán bộ đảm nhận (${steps}). Lý do: ${reason}`]
    .filter(Boolean)
    .join("\n");
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
