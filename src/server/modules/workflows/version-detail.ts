import type { WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import { workflowTotal } from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import { isoOrNull, officerNames } from "../catalog/versioned-store.ts";
import {
  agencyIdsOf,
  agencyNames,
  findVersion,
  inUseVersionOf,
  recordedStatutoryOf,
  stateOf,
  statutoryOf,
  versionNotFound,
  type WorkflowContext,
  type WorkflowVersionRow,
  workflowCalendarOf,
} from "./workflow-store.ts";

type DetailContext = Pick<WorkflowContext, "procedure" | "agency">;

/** One version of a workflow in full, read afresh (404 when there is no such version). */
export async function loadVersionDetail(
  db: Db,
  context: DetailContext,
  workflowId: string | undefined,
  version: number,
  now: number,
): Promise<WorkflowVersionDetail> {
  const row = await findVersion(db, workflowId, version);
  if (!row) throw versionNotFound(version);
  return versionDetail(db, context, row, now);
}

/** A version in full, for administration. */
export async function versionDetail(
  db: Db,
  context: DetailContext,
  row: WorkflowVersionRow,
  now: number,
): Promise<WorkflowVersionDetail> {
  const definition = row.definition as unknown as WorkflowDefinition;
  const [siblings, events, calendar, agencies] = await Promise.all([
    db
      .selectFrom("workflow_version")
      .select(["version", "status", "effective_from"])
      .where("workflow_id", "=", row.workflow_id)
      .execute(),
    historyOf(db, row.id),
    workflowCalendarOf(db, context.agency.id),
    agencyNames(db, agencyIdsOf(definition)),
  ]);
  const name = await officerNamer(db, row, events);
  return {
    workflowId: row.workflow_id,
    procedureId: context.procedure.id,
    procedureCode: context.procedure.code,
    procedureName: context.procedure.name,
    agency: context.agency,
    version: row.version,
    status: row.status,
    state: stateOf(row, inUseVersionOf(siblings, now), now),
    revision: row.revision,
    definition,
    statutory: recordedStatutoryOf(row),
    total: workflowTotal(definition, statutoryOf(row), calendar),
    agencies: Object.fromEntries(agencies),
    createdAt: row.created_at.toISOString(),
    createdBy: name(row.created_by),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: name(row.updated_by),
    submittedAt: isoOrNull(row.submitted_at),
    submittedBy: name(row.submitted_by),
    approvedAt: isoOrNull(row.approved_at),
    approvedBy: name(row.approved_by),
    effectiveFrom: isoOrNull(row.effective_from),
    history: events.map((e) => ({
      action: e.action,
      at: e.at.toISOString(),
      by: name(e.officer_id),
      note: e.note,
    })),
  };
}

type HistoryRow = Awaited<ReturnType<typeof historyOf>>[number];

function historyOf(db: Db, versionId: string) {
  return db
    .selectFrom("workflow_version_event")
    .select(["action", "officer_id", "at", "note"])
    .where("version_id", "=", versionId)
    .orderBy("id")
    .execute();
}

/** Names every officer who wrote, submitted, approved or acted on the version (null: nobody). */
async function officerNamer(
  db: Db,
  row: WorkflowVersionRow,
  events: readonly HistoryRow[],
): Promise<(id: string | null) => string | null> {
  const names = await officerNames(db, [
    row.created_by,
    row.updated_by,
    row.submitted_by,
    row.approved_by,
    ...events.map((e) => e.officer_id),
  ]);
  return (id) => (id ? (names.get(id) ?? null) : null);
}
