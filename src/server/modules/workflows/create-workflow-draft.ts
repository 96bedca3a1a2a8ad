import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import type { WorkflowTotal } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { inTransaction, nextVersionNumber } from "../catalog/versioned-store.ts";
import { checkWorkflow } from "./check-workflow.ts";
import { versionDetail } from "./version-detail.ts";
import {
  checkedTimeColumns,
  findVersion,
  lockWorkflow,
  recordEvent,
  requireWorkflowContext,
  type WorkflowContext,
} from "./workflow-store.ts";

/**
 * Starts a new version of the workflow of a procedure at an agency, as a draft (PRC-1). The agency
 * must offer the procedure (catalog). A workflow whose steps do not fit the statutory time, or is
 * otherwise wrong, is refused (422, every problem with its path) and nothing is saved; while a
 * version is being written or awaits approval, another cannot be started (409).
 */
export async function createWorkflowDraft(
  db: Db,
  procedureId: string,
  agencyId: string,
  input: unknown,
  officerId: string | null,
  now: number,
): Promise<WorkflowVersionDetail> {
  const context = await requireWorkflowContext(db, procedureId, agencyId);
  refuseAgencyNotOffering(context);
  const checked = await checkWorkflow(db, context, input);
  const created = await inTransaction(db, async (trx) => {
    const workflowId = await lockWorkflow(trx, procedureId, agencyId);
    const version = await insertDraft(trx, workflowId, context, checked, officerId);
    return { workflowId, version };
  });
  const row = await findVersion(db, created.workflowId, created.version);
  if (!row) throw new Error("the new workflow draft vanished");
  return versionDetail(db, context, row, now);
}

function refuseAgencyNotOffering(context: WorkflowContext): void {
  if (context.offered) return;
  throw new AppError(
    422,
    "WORKFLOW_AGENCY_NOT_OFFERING",
    `${context.agency.name} không thực hiện thủ tục “${context.procedure.name}” theo danh mục thủ tục hành chính.`,
  );
}

/** Inserts the next version as a draft into a locked workflow with no open version; returns its number. */
async function insertDraft(
  trx: Db,
  workflowId: string,
  context: WorkflowContext,
  checked: { definition: WorkflowDefinition; total: WorkflowTotal },
  officerId: string | null,
): Promise<number> {
  const rows = await trx
    .selectFrom("workflow_version")
    .select(["version", "status"])
    .where("workflow_id", "=", workflowId)
    .execute();
  refuseOpenVersion(rows);
  const version = nextVersionNumber(rows);
  const inserted = await trx
    .insertInto("workflow_version")
    .values({
      workflow_id: workflowId,
      version,
      status: "draft",
      definition: JSON.stringify(checked.definition),
      ...checkedTimeColumns(context.statutory, checked.total),
      created_by: officerId,
      updated_by: officerId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(trx, inserted.id, "created", officerId);
  return version;
}

/** 409 while a version is being written or awaits approval. */
function refuseOpenVersion(rows: readonly { version: number; status: string }[]): void {
  const open = rows.find((r) => r.status !== "approved");
  if (!open) return;
  throw new AppError(
    409,
    "WORKFLOW_OPEN_VERSION_EXISTS",
    open.status === "draft"
      ? `Quy trình đang có bản nháp (phiên bản ${open.version}); hãy sửa hoặc huỷ bản nháp đó.`
      : `Phiên bản ${open.version} đang chờ phê duyệt; hãy đợi phê duyệt hoặc trả lại trước khi soạn phiên bản mới.`,
  );
}
