import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { DossierCommandBody, DossierCommandType, DossierView } from "../../../contracts/dossiers.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import type { ExistingCommandType } from "../../../domain/dossier/index.ts";
import {
  type Command,
  type Dossier,
  HANDLERS,
  type OfficerActor,
  officer as officerActor,
  transition,
} from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import { ROLE_NAMES, type WorkflowRole } from "../../../domain/workflow/definition.ts";
import type { Db } from "../../db/database.ts";
import type { AttachmentPurpose, DossierRow } from "../../db/schema/dossiers.ts";
import type { Role } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { storeDossierResult } from "../data-store/store-dossier-result.ts";
import { rolesFor } from "../identity/permissions.ts";
import { isStaffed } from "../workflows/step-staffing.ts";
import type { Clock } from "./clock.ts";
import { COMMAND_TABLE, type RoutedCommandType } from "./command-table.ts";
import {
  currentOrPendingStep,
  inTransaction,
  lockDossier,
  stateOf,
  updateDossier,
  versionConflict,
} from "./dossier-store.ts";
import { loadDossierView } from "./dossier-view.ts";
import { claimIdempotencyKey, type IdempotencyKey, recordIdempotentAnswer } from "./idempotency.ts";
import { officerSeats } from "./officer-seats.ts";
import { requireOwnFiles } from "./store-file.ts";

interface ActOnDossier<T extends RoutedCommandType> {
  officer: CurrentOfficer;
  dossierId: string;
  command: T;
  body: DossierCommandBody<T>;
  idempotency: IdempotencyKey | null;
}

/**
 * An officer's command on one dossier (see `changeDossier` for the transaction). The officer acts
 * from one of their seats on the dossier (a role they hold over one of its agencies or units, for
 * the roles of the route's permission): the first whose lifecycle guard lets the command through;
 * if none does, the lifecycle's refusal is the answer.
 */
export async function actOnDossier<T extends RoutedCommandType>(
  db: Db,
  clock: Clock,
  request: ActOnDossier<T>,
): Promise<DossierView> {
  const spec = COMMAND_TABLE[request.command];
  return changeDossier(db, clock, {
    dossierId: request.dossierId,
    expectedVersion: request.body.expectedVersion,
    caller: `officer:${request.officer.id}`,
    idempotency: request.idempotency,
    files: spec.files?.(request.body) ?? [],
    check: async (trx, dossier) => spec.check?.(trx, dossier, request.body),
    command: async (trx, current, at, calendar) => {
      const seats = await officerSeats(trx, request.officer.id, current, rolesFor(spec.permission));
      const actor =
        chooseSeat(seats, request.command, current, at, calendar) ??
        fallbackActor(request.officer, spec.permission);
      return { ...spec.toCommand(request.body), type: request.command, actor } as unknown as Command;
    },
    ...(request.command === "accept_online"
      ? { afterCommit: (trx: Db, row: DossierRow) => recordReceptionOffice(trx, row, request.officer) }
      : {}),
    view: (trx, dossierId, now) => loadDossierView(trx, dossierId, request.officer.id, now),
  });
}

/** One person's change to an existing dossier: an officer's (`actOnDossier`) or the applicant's (act-as-applicant.ts). */
export interface DossierChange<V> {
  dossierId: string;
  expectedVersion: number;
  /** `officer:<id>` or `citizen:<id>`: the files attached must have been uploaded by this caller. */
  caller: string;
  idempotency: IdempotencyKey | null;
  files: readonly AttachedFile[];
  /** Before anything else (even the idempotency key): who may touch this dossier at all. */
  authorize?(trx: Db): Promise<void>;
  /** Checks against the database that the lifecycle cannot make, on the locked dossier. */
  check?(trx: Db, dossier: Dossier, row: DossierRow): Promise<void>;
  /** The lifecycle command, with its actor, for the dossier as it is now. */
  command(trx: Db, current: Dossier, now: number, calendar: WorkingCalendar): Promise<Command>;
  /** What else the committed command records in the same transaction. */
  afterCommit?(trx: Db, row: DossierRow): Promise<void>;
  /** The answer: the caller's view of the dossier after the change. */
  view(trx: Db, dossierId: string, now: number): Promise<V>;
}

/**
 * A person's command on one dossier, in one transaction (house rule 2): claim the idempotency
 * key if any, lock the row and check the version the caller saw (409 if it moved), check the
 * files and the database-side rules of the command, then `commitCommand` (event hash chain,
 * attachments). A refusal (422, citing its rule) rolls everything back. Two concurrent commands
 * on a dossier queue on the row lock: the second finds the version moved and gets 409.
 */
export async function changeDossier<V>(db: Db, clock: Clock, change: DossierChange<V>): Promise<V> {
  return inTransaction(db, async (trx) => {
    await change.authorize?.(trx);
    if (change.idempotency) {
      const stored = await claimIdempotencyKey(trx, change.idempotency);
      if (stored) return (stored.response ?? (await change.view(trx, change.dossierId, clock()))) as V;
    }
    const row = await lockDossier(trx, change.dossierId);
    if (row.version !== change.expectedVersion) throw versionConflict(row.version, change.expectedVersion);
    await requireOwnFiles(
      trx,
      change.files.map((file) => file.fileId),
      change.caller,
    );
    await change.check?.(trx, stateOf(row), row);
    const { dossier, now } = await commitCommand(
      trx,
      clock,
      row,
      (current, at, calendar) => change.command(trx, current, at, calendar),
      change.files,
    );
    await change.afterCommit?.(trx, row);
    const view = await change.view(trx, dossier.id, now);
    if (change.idempotency) {
      await recordIdempotentAnswer(trx, change.idempotency, {
        status: 200,
        response: view,
        dossierId: dossier.id,
        version: dossier.version,
      });
    }
    return view;
  });
}

/**
 * REC-9: an online dossier is received where the one-stop officer who accepts it works, as at
 * the counter (receive-dossier.ts): that office issues Mẫu 01, is the one-stop of the control
 * slip and keeps it in its tracking book. Set once; a dossier that already has one keeps it.
 */
async function recordReceptionOffice(trx: Db, row: DossierRow, officer: CurrentOfficer): Promise<void> {
  if (row.reception_office_id !== null) return;
  await trx
    .updateTable("dossier")
    .set({ reception_office_id: officer.agencyId })
    .where("id", "=", row.id)
    .execute();
}

/** Files a command attaches to the dossier, recorded with the version it makes. */
type AttachedFile = { readonly fileId: string; readonly purpose: AttachmentPurpose };

/**
 * The heart of every change to an existing dossier, for officers (`actOnDossier`) and the
 * scheduled jobs (run-due-jobs.ts) alike, inside the caller's transaction on a row it has
 * locked: run the lifecycle's transition with the receiving agency's working calendar and the
 * clock's `now`, update the row guarded by its version, append the event to the hash chain and
 * record the attached files. A `DomainError` is thrown before anything is written.
 */
export async function commitCommand(
  trx: Db,
  clock: Clock,
  row: DossierRow,
  commandFor: (dossier: Dossier, now: number, calendar: WorkingCalendar) => Promise<Command> | Command,
  files: readonly AttachedFile[] = [],
): Promise<{ dossier: Dossier; now: number }> {
  const current = stateOf(row);
  const { calendar } = await loadWorkingCalendar(trx, current.receivingAgencyId);
  const now = notBefore(clock(), current.lastEventAt);
  const result = transition(current, await commandFor(current, now, calendar), now, calendar);
  if (result instanceof DomainError) throw result;
  await requireStaffedArrival(trx, current, result.dossier);
  await updateDossier(trx, row.version, result.dossier, result.events, calendar, now);
  if (files.length > 0) {
    await trx
      .insertInto("dossier_attachment")
      .values(
        files.map((file) => ({
          dossier_id: current.id,
          dossier_version: result.dossier.version,
          purpose: file.purpose,
          file_id: file.fileId,
        })),
      )
      .execute();
  }
  // RES-3: a returned electronic result lands in the owner's data store, in this transaction.
  await storeDossierResult(trx, result.dossier);
  return { dossier: result.dossier, now };
}

/** Where the dossier is worked on: its current step, or the step a transfer goes to (PRC-4). */
function placeOf(dossier: Dossier): { index: number; unitId: string; role: string } | null {
  const place = dossier.step || dossier.status === "transferred" ? currentOrPendingStep(dossier) : null;
  return place && { index: place.index, unitId: place.unitId, role: place.role };
}

/**
 * PRC-2, PRC-9: a command that sends the dossier to a step (a hand-over, a transfer, a send-back)
 * is refused (409 STEP_UNSTAFFED) when the step's unit has no active officer with the step's
 * role: nobody could act on it there, and the dossier would be stranded.
 */
async function requireStaffedArrival(trx: Db, before: Dossier, after: Dossier): Promise<void> {
  const from = placeOf(before);
  const to = placeOf(after);
  if (!to || (from && from.index === to.index && from.unitId === to.unitId)) return;
  if (await isStaffed(trx, to.unitId, to.role as WorkflowRole)) return;
  const unit = await trx.selectFrom("agency").select("name").where("id", "=", to.unitId).executeTakeFirst();
  const step = after.workflow.steps[to.index];
  throw new AppError(
    409,
    "STEP_UNSTAFFED",
    `Không chuyển được hồ sơ đến bước "${step?.name ?? to.index + 1}": ${unit?.name ?? "đơn vị của bước"} không có cán bộ đang hoạt động giữ vai trò ${ROLE_NAMES[to.role as WorkflowRole] ?? to.role}, nên không ai xử lý được hồ sơ. Đề nghị quản trị hệ thống phân công cán bộ cho đơn vị hoặc sửa quy trình điện tử.`,
  );
}

/**
 * Several app instances have slightly different clocks: a command that reaches the dossier a few
 * milliseconds "before" the last event (written by another instance) is dated at that event, not
 * refused (DOSSIER_TIME_ORDER stays for clocks really behind).
 */
const CLOCK_SKEW_MS = 5_000;
function notBefore(now: number, lastEventAt: number): number {
  return now < lastEventAt && lastEventAt - now <= CLOCK_SKEW_MS ? lastEventAt : now;
}

function chooseSeat(
  seats: readonly OfficerActor[],
  type: DossierCommandType,
  dossier: Dossier,
  now: number,
  calendar: WorkingCalendar,
): OfficerActor | undefined {
  const handler = HANDLERS[type as ExistingCommandType];
  if (!handler) return seats[0];
  const context = { now, calendar };
  return seats.find((seat) => handler.check(dossier, seat, context) === null) ?? seats[0];
}

/** No seat at all: act as what the officer is, so that the lifecycle names what is missing. */
function fallbackActor(officer: CurrentOfficer, permission: Parameters<typeof rolesFor>[0]): OfficerActor {
  const role = (officer.roles.find((r) => rolesFor(permission).includes(r as Role)) ??
    officer.roles[0] ??
    "specialist") as OfficerActor["role"];
  return officerActor(officer.id, role, officer.agencyId);
}
