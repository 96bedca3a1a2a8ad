import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import type { Dossier, DossierEvent } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierRow } from "../../db/schema/dossiers.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import { joinEventWriters } from "../audit/event-keys.ts";
import { enqueuePortalSync } from "../national-portal/enqueue-portal-sync.ts";
import { enqueueNotifications } from "../notifications/enqueue-notifications.ts";
import { dossierEventHash } from "./event-hash.ts";
import { date, timeColumns } from "./job-columns.ts";

/**
 * Reading and writing dossier rows and their events (house rules 2 and 3). `state` is the
 * domain's Dossier; every other column is derived from it here, on every write, so the row can
 * never say something the state does not.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function dossierNotFound(): AppError {
  return new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");
}

export function versionConflict(current: number, expected: number): AppError {
  return new AppError(
    409,
    "DOSSIER_VERSION_CONFLICT",
    `Hồ sơ vừa được người khác cập nhật (phiên bản ${current}, bạn đang xem phiên bản ${expected}); vui lòng tải lại hồ sơ rồi thực hiện lại.`,
  );
}

/** PostgreSQL refuses NUL in jsonb and text: bad input must be a 400, never a 500 (rule 6). */
export function storable<T>(value: T): string {
  const json = JSON.stringify(value);
  if (json.includes("\\u0000")) {
    throw new AppError(400, "INVALID_CHARACTER", "Dữ liệu gửi lên có ký tự không hợp lệ (NUL).");
  }
  return json;
}

export const stateOf = (row: Pick<DossierRow, "state">): Dossier => row.state as unknown as Dossier;

/** Who must act next, as a role at an agency or unit (what the inbox boxes filter on, PRC-9). */
function holderOf(dossier: Dossier): { role: string; agencyId: string } | null {
  const oneStop = { role: "one_stop_officer", agencyId: dossier.receivingAgencyId };
  const leader = dossier.processingAgencyId
    ? { role: "agency_leader", agencyId: dossier.processingAgencyId }
    : oneStop;
  const step = currentOrPendingStep(dossier);
  switch (dossier.status) {
    case "awaiting_acceptance":
    case "awaiting_online_supplement":
    case "awaiting_supplement":
    case "received":
    case "result_at_one_stop":
    case "result_ready":
    case "withdrawal_requested":
    case "withdrawal_papers_returned":
      return oneStop;
    case "in_processing":
    case "transferred":
    case "paused":
    case "correction_requested":
      return step ? { role: step.role, agencyId: step.unitId } : oneStop;
    case "awaiting_approval":
    case "withdrawal_forwarded":
    case "withdrawal_allowed":
      return leader;
    case "approved": {
      // The result is issued by the step that prepared it (or the leader).
      const submitted = dossier.handOvers.findLast((entry) => entry.to.kind === "leader");
      if (submitted?.from.kind !== "step") return leader;
      const role = dossier.workflow.steps[submitted.from.index]?.role ?? "agency_leader";
      return { role, agencyId: submitted.from.unitId };
    }
    case "cancellation_requested":
      return { role: "procedure_control", agencyId: dossier.receivingAgencyId };
    default:
      return null;
  }
}

/** The current step, or for a transfer not yet accepted the step it goes to (PRC-4). */
export function currentOrPendingStep(
  dossier: Dossier,
): { index: number; unitId: string; role: string; assigneeId: string | null } | null {
  if (dossier.step) {
    const role = dossier.workflow.steps[dossier.step.index]?.role ?? "specialist";
    return {
      index: dossier.step.index,
      unitId: dossier.step.unitId,
      role,
      assigneeId: dossier.step.assigneeId,
    };
  }
  if (dossier.status === "transferred") {
    const last = dossier.handOvers[dossier.handOvers.length - 1];
    if (last?.to.kind === "step") {
      const role = dossier.workflow.steps[last.to.index]?.role ?? "specialist";
      return { index: last.to.index, unitId: last.to.unitId, role, assigneeId: null };
    }
  }
  return null;
}

/** PRC-2: the officer who handed the dossier on from its last processing step (null: none). */
function lastStepOfficer(dossier: Dossier): string | null {
  const last = dossier.handOvers.findLast(
    (entry) => entry.from.kind === "step" && entry.by.kind === "officer",
  );
  return last?.by.kind === "officer" ? last.by.officerId : null;
}

/** The columns derived from the state (the due instants are computed with the calendar at `now`). */
export function derivedColumns(dossier: Dossier, calendar: WorkingCalendar, now: number) {
  const current = currentOrPendingStep(dossier);
  const step = ["in_processing", "transferred"].includes(dossier.status) ? current : null;
  const holder = holderOf(dossier);
  return {
    status: dossier.status,
    processing_agency_id: dossier.processingAgencyId,
    step_index: step?.index ?? null,
    step_unit_id: step?.unitId ?? null,
    step_role: step?.role ?? null,
    step_assignee_id: step?.assigneeId ?? null,
    holder_role: holder?.role ?? null,
    holder_agency_id: holder?.agencyId ?? null,
    // The reports' step, in every status (migration 0026; counting-conventions.ts CURRENT_STEP).
    current_step_index: current?.index ?? null,
    current_step_unit_id: current?.unitId ?? null,
    current_step_role: current?.role ?? null,
    current_step_name: current ? (dossier.workflow.steps[current.index]?.name ?? null) : null,
    current_step_assignee_id: current?.assigneeId ?? null,
    last_step_officer_id: lastStepOfficer(dossier),
    received_at: date(dossier.receivedAt),
    ...timeColumns(dossier, calendar, now),
    finished_at: date(dossier.finish?.at),
    finish_outcome: dossier.finish?.outcome ?? null,
    closed_at: date(dossier.closedAt),
    is_test: dossier.test !== null,
    cancelled: dossier.status === "cancelled",
    state: storable(dossier),
    version: dossier.version,
  };
}

/** What a new dossier row has beside its derived columns. */
interface NewDossierRow {
  procedureId: string;
  procedureVersion: number;
  workflowId: string;
  workflowVersion: number;
  formVersion: number | null;
  formData: Record<string, unknown> | null;
  /** REC-9: the one-stop office that received it (counter, post); null online. */
  receptionOfficeId: string | null;
  /** REC-10: the national dossier code of a dossier submitted on the national portal. */
  nationalCode?: string | null;
}

/** Inserts a created dossier and its first event (same transaction as the code allocation). */
export async function insertDossier(
  trx: Db,
  dossier: Dossier,
  events: readonly DossierEvent[],
  calendar: WorkingCalendar,
  now: number,
  extra: NewDossierRow,
): Promise<void> {
  await trx
    .insertInto("dossier")
    .values({
      id: dossier.id,
      code: dossier.code,
      receiving_agency_id: dossier.receivingAgencyId,
      reception_office_id: extra.receptionOfficeId,
      national_code: extra.nationalCode ?? null,
      procedure_id: extra.procedureId,
      procedure_version: extra.procedureVersion,
      workflow_id: extra.workflowId,
      workflow_version: extra.workflowVersion,
      form_version: extra.formVersion,
      form_data: extra.formData ? storable(extra.formData) : null,
      channel: dossier.channel,
      applicant: storable(dossier.applicant),
      applicant_name: dossier.applicant.name,
      applicant_kind: dossier.applicant.kind,
      applicant_id_number: dossier.applicant.idNumber,
      applicant_account_id: dossier.applicantAccountId,
      submitted_at: new Date(dossier.submittedAt),
      created_at: new Date(now),
      updated_at: new Date(now),
      ...derivedColumns(dossier, calendar, now),
    })
    .execute();
  await appendEvents(trx, null, events);
  await enqueueNotifications(trx, dossier, events);
  await enqueuePortalSync(trx, dossier, events);
  noteDossierChange(dossier, events);
}

/**
 * Saves a transition of a locked row: the row only if it still has `expectedVersion` (the
 * optimistic check, on top of the lock), then the events chained to the last one.
 */
export async function updateDossier(
  trx: Db,
  expectedVersion: number,
  dossier: Dossier,
  events: readonly DossierEvent[],
  calendar: WorkingCalendar,
  now: number,
): Promise<void> {
  const updated = await trx
    .updateTable("dossier")
    .set({ ...derivedColumns(dossier, calendar, now), updated_at: new Date(now) })
    .where("id", "=", dossier.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw versionConflict(dossier.version, expectedVersion);
  const last = await trx
    .selectFrom("dossier_event")
    .select("hash")
    .where("dossier_id", "=", dossier.id)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  await appendEvents(trx, last?.hash ?? null, events);
  await enqueueNotifications(trx, dossier, events);
  await enqueuePortalSync(trx, dossier, events);
  noteDossierChange(dossier, events);
}

/**
 * SEC-2: the audit record that commits with the change (the request's or the job's) names the
 * dossier, its code, the version reached and the events; a late entry's real reception time too.
 */
function noteDossierChange(dossier: Dossier, events: readonly DossierEvent[]): void {
  const lateEntry = events.map((event) => (event.payload as { lateEntry?: unknown }).lateEntry).find(Boolean);
  noteAudit({
    objectType: "dossier",
    objectId: dossier.id,
    detail: {
      code: dossier.code,
      status: dossier.status,
      version: dossier.version,
      events: events.map((event) => event.type),
      ...(lateEntry ? { lateEntry } : {}),
    },
  });
}

/**
 * Recomputes the derived columns of a locked row whose state did not change (e.g. a job found it
 * too early: its columns were computed with an older calendar or before migration 0008).
 */
export async function refreshDerivedColumns(
  trx: Db,
  row: DossierRow,
  calendar: WorkingCalendar,
  now: number,
): Promise<void> {
  await trx
    .updateTable("dossier")
    .set(derivedColumns(stateOf(row), calendar, now))
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .execute();
}

async function appendEvents(
  trx: Db,
  previous: Buffer | null,
  events: readonly DossierEvent[],
): Promise<void> {
  await joinEventWriters(trx);
  let prev = previous;
  for (const event of events) {
    const hash = dossierEventHash(prev, event);
    await trx
      .insertInto("dossier_event")
      .values({
        dossier_id: event.dossierId,
        version: event.version,
        type: event.type,
        rule: event.rule,
        actor: storable(event.actor),
        at: new Date(event.at),
        payload: storable(event.payload),
        prev_hash: prev,
        hash,
      })
      .execute();
    prev = hash;
  }
}

/** Loads the row for a change, locked until the transaction ends (concurrent commands queue here). */
export async function lockDossier(trx: Db, dossierId: string): Promise<DossierRow> {
  if (!UUID.test(dossierId)) throw dossierNotFound();
  const row = await trx
    .selectFrom("dossier")
    .selectAll()
    .where("id", "=", dossierId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw dossierNotFound();
  return row;
}

export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
