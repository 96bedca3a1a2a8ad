import type { UpdateObject } from "kysely";
import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { Db } from "../../db/database.ts";
import type { WorkflowEventAction } from "../../db/schema/forms-workflows.ts";
import type { Database } from "../../db/schema.ts";
import { inTransaction } from "../catalog/versioned-store.ts";
import { loadVersionDetail } from "./version-detail.ts";
import {
  lockWorkflow,
  recordEvent,
  requireVersionIn,
  type WorkflowContext,
  type WorkflowVersionRow,
} from "./workflow-store.ts";

/** One move of a version through review (PRC-1): submit, return or approve. */
interface ReviewMove {
  /** The status the version must be in (409 otherwise). */
  from: "draft" | "submitted";
  /** How the version's history records the move. */
  action: Extract<WorkflowEventAction, "submitted" | "returned" | "approved">;
  note?: string | null | undefined;
  /** The move's own checks of the locked version, then the columns it changes (and a note, if it adds one). */
  change: (trx: Db, row: WorkflowVersionRow) => Promise<ReviewChange>;
}

interface ReviewChange {
  readonly columns: UpdateObject<Database, "workflow_version">;
  /** Recorded in the version's history instead of the move's `note`. */
  readonly note?: string | null;
}

/**
 * Moves one version through review in one transaction: locks the workflow, requires the version
 * in the status the move needs (404, 409), writes the change and records it in the version's
 * history. Answers the version as it is afterwards.
 */
export async function reviewWorkflowVersion(
  db: Db,
  context: WorkflowContext,
  version: number,
  officerId: string,
  now: number,
  move: ReviewMove,
): Promise<WorkflowVersionDetail> {
  const workflowId = await inTransaction(db, async (trx) => {
    const id = await lockWorkflow(trx, context.procedure.id, context.agency.id);
    const row = await requireVersionIn(trx, id, version, move.from);
    const { columns, note } = await move.change(trx, row);
    await trx.updateTable("workflow_version").set(columns).where("id", "=", row.id).execute();
    await recordEvent(trx, row.id, move.action, officerId, note ?? move.note);
    return id;
  });
  return loadVersionDetail(db, context, workflowId, version, now);
}
