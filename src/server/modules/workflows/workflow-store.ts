import type { Selectable } from "kysely";
import type { WorkflowState } from "../../../contracts/workflows.ts";
import type { DurationUnit } from "../../../domain/deadline/duration.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import type {
  StatutoryTime,
  WorkflowCalendar,
  WorkflowTotal,
} from "../../../domain/workflow/validate-workflow.ts";
import type { Db } from "../../db/database.ts";
import type { WorkflowEventAction, WorkflowVersionTable } from "../../db/schema/forms-workflows.ts";
import { AppError } from "../../http/problem.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { requireCurrentVersion, VERSION_IN_FORCE } from "../catalog/require-current-version.ts";
import { isUuid } from "../catalog/versioned-store.ts";

/**
 * The shared queries of electronic workflows: the procedure and agency a workflow belongs to with
 * the statutory time from the catalog, locking, reading versions, and where a version stands.
 * Unlike an e-form (forms/form-store.ts), a workflow is keyed by procedure and agency, its
 * versions go draft → submitted → approved (with an effective date) under review by another
 * officer, and every change is recorded in the version's history (workflow_version_event).
 */

export type WorkflowVersionRow = Selectable<WorkflowVersionTable>;
type RecordedStatutoryTime = StatutoryTime & { sameDayCutoff: string | null };

interface AgencyRef {
  id: string;
  code: string;
  name: string;
}

export interface WorkflowContext {
  procedure: { id: string; code: string; name: string; published: boolean };
  agency: AgencyRef;
  /** PRC-1: the processing time of the published catalog version (else the latest), CAL-5/CAL-8. */
  statutory: StatutoryTime & { procedureVersion: number };
  /** Whether the agency offers the procedure (in its published or draft catalog version). */
  offered: boolean;
}

async function requireAgencyRef(db: Db, agencyId: string): Promise<AgencyRef> {
  const agency = isUuid(agencyId)
    ? await db
        .selectFrom("agency")
        .select(["id", "code", "name"])
        .where("id", "=", agencyId)
        .executeTakeFirst()
    : undefined;
  if (!agency) throw new AppError(404, "AGENCY_NOT_FOUND", "Không tìm thấy cơ quan đã chọn.");
  return agency;
}

/** The procedure and agency of a workflow, with the statutory time; 404 when either is unknown. */
export async function requireWorkflowContext(
  db: Db,
  procedureId: string,
  agencyId: string,
): Promise<WorkflowContext> {
  const agency = await requireAgencyRef(db, agencyId);
  const procedure = await requireCurrentVersion(db, procedureId, VERSION_IN_FORCE);
  return {
    procedure: {
      id: procedure.id,
      code: procedure.code,
      name: procedure.name,
      published: procedure.published_version !== null,
    },
    agency,
    statutory: {
      amount: procedure.processing_amount,
      unit: procedure.processing_unit,
      sameDayCutoff: procedure.same_day_cutoff,
      procedureVersion: procedure.version,
    },
    offered: await offers(db, procedureId, agencyId),
  };
}

/** Whether the agency offers the procedure in a catalog version in force (published or draft). */
async function offers(db: Db, procedureId: string, agencyId: string): Promise<boolean> {
  const offering = await db
    .selectFrom("procedure_version_agency as pa")
    .innerJoin("procedure_version as v", "v.id", "pa.version_id")
    .select("pa.agency_id")
    .where("v.procedure_id", "=", procedureId)
    .where("v.status", "in", VERSION_IN_FORCE)
    .where("pa.agency_id", "=", agencyId)
    .executeTakeFirst();
  return Boolean(offering);
}

/** What of the agency's working calendar the workflow check needs (CAL-1: minutes per day, hours). */
export async function workflowCalendarOf(db: Db, agencyId: string): Promise<WorkflowCalendar> {
  const { calendar } = await loadWorkingCalendar(db, agencyId);
  return { minutesPerDay: calendar.minutesPerDay, workingHours: calendar.spec.workingHours };
}

/** The workflow of a procedure at an agency, created if needed, locked: its version changes queue up. */
export async function lockWorkflow(trx: Db, procedureId: string, agencyId: string): Promise<string> {
  await trx
    .insertInto("workflow")
    .values({ procedure_id: procedureId, agency_id: agencyId })
    .onConflict((oc) => oc.columns(["procedure_id", "agency_id"]).doNothing())
    .execute();
  const row = await trx
    .selectFrom("workflow")
    .select("id")
    .where("procedure_id", "=", procedureId)
    .where("agency_id", "=", agencyId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findWorkflowId(
  db: Db,
  procedureId: string,
  agencyId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("workflow")
    .select("id")
    .where("procedure_id", "=", procedureId)
    .where("agency_id", "=", agencyId)
    .executeTakeFirst();
  return row?.id;
}

export async function findVersion(
  db: Db,
  workflowId: string | undefined,
  version: number,
): Promise<WorkflowVersionRow | undefined> {
  if (!workflowId) return undefined;
  return db
    .selectFrom("workflow_version")
    .selectAll()
    .where("workflow_id", "=", workflowId)
    .where("version", "=", version)
    .executeTakeFirst();
}

export function versionNotFound(version: number): AppError {
  return new AppError(404, "WORKFLOW_VERSION_NOT_FOUND", `Quy trình không có phiên bản ${version}.`);
}

const STATUS_TEXT = {
  draft: "đang soạn",
  submitted: "đã trình phê duyệt",
  approved: "đã được phê duyệt",
} as const;

/** How a refusal names the status an action needs. */
const NEEDED_TEXT = { draft: "đang soạn", submitted: "đang chờ phê duyệt" } as const;

/** A version that must be in `status` for the action: 404 when missing, 409 in another status. */
export async function requireVersionIn(
  db: Db,
  workflowId: string | undefined,
  version: number,
  status: keyof typeof NEEDED_TEXT,
): Promise<WorkflowVersionRow> {
  const row = await findVersion(db, workflowId, version);
  if (!row) throw versionNotFound(version);
  if (row.status !== status) throw wrongStatus(row, NEEDED_TEXT[status]);
  return row;
}

/** 409: the version is not in the status the action needs. */
function wrongStatus(row: Pick<WorkflowVersionRow, "version" | "status">, needed: string): AppError {
  return new AppError(
    409,
    "WORKFLOW_VERSION_STATUS",
    `Phiên bản ${row.version} của quy trình ${STATUS_TEXT[row.status]}; thao tác này chỉ áp dụng cho phiên bản ${needed}.`,
  );
}

/** Appends to the version's history (append-only; deleted only with a discarded draft). */
export async function recordEvent(
  trx: Db,
  versionId: string,
  action: WorkflowEventAction,
  officerId: string | null,
  note: string | null = null,
): Promise<void> {
  await trx
    .insertInto("workflow_version_event")
    .values({ version_id: versionId, action, officer_id: officerId, note })
    .execute();
}

/** The columns that keep what a version's steps were last checked against (PRC-1), and their total. */
export function checkedTimeColumns(statutory: WorkflowContext["statutory"], total: WorkflowTotal) {
  return {
    statutory_amount: statutory.amount,
    statutory_unit: statutory.unit,
    statutory_cutoff: statutory.sameDayCutoff ?? null,
    statutory_procedure_version: statutory.procedureVersion,
    total_amount: total.amount,
    total_measure: total.measure,
  };
}

/** The highest approved version whose effective date has come: what new dossiers follow. */
export function inUseVersionOf(
  rows: readonly Pick<WorkflowVersionRow, "version" | "status" | "effective_from">[],
  now: number,
): number | null {
  let best: number | null = null;
  for (const row of rows) {
    if (row.status !== "approved" || !row.effective_from || row.effective_from.getTime() > now) continue;
    if (best === null || row.version > best) best = row.version;
  }
  return best;
}

export function stateOf(
  row: Pick<WorkflowVersionRow, "version" | "status" | "effective_from">,
  inUse: number | null,
  now: number,
): WorkflowState {
  if (row.status !== "approved") return row.status;
  if (row.effective_from && row.effective_from.getTime() > now) return "scheduled";
  return row.version === inUse ? "in_use" : "superseded";
}

/** The statutory time a version's steps were checked against (PRC-1). */
export function statutoryOf(row: WorkflowVersionRow): RecordedStatutoryTime {
  return {
    amount: row.statutory_amount,
    unit: row.statutory_unit as DurationUnit,
    sameDayCutoff: row.statutory_cutoff,
  };
}

/** PRC-1: the statutory time a version's steps were checked against, and its catalog version. */
export function recordedStatutoryOf(
  row: WorkflowVersionRow,
): RecordedStatutoryTime & { procedureVersion: number | null } {
  return { ...statutoryOf(row), procedureVersion: row.statutory_procedure_version };
}

/** Every agency id a definition names (units of steps, transfer agencies and their units). */
export function agencyIdsOf(definition: WorkflowDefinition): string[] {
  const ids = new Set<string>();
  for (const step of definition.steps) {
    if (step.kind === "task") ids.add(step.unitId);
    else {
      ids.add(step.agencyId);
      for (const sub of step.steps) ids.add(sub.unitId);
    }
  }
  return [...ids];
}

export async function agencyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await db.selectFrom("agency").select(["id", "name"]).where("id", "in", valid).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
