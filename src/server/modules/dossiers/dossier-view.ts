import {
  type AgencyRef,
  type AllowedCommand,
  DOSSIER_COMMANDS,
  type DossierCommandType,
  type DossierView,
  dossierCommandPath,
  type EventActor,
  type TimelineEntry,
} from "../../../contracts/dossiers.ts";
import type { PdfSignature } from "../../../contracts/signatures.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import {
  type Actor,
  allowedCommands,
  type ControlSlipRow,
  type Dossier,
  type DossierStatusView,
  SUB_DEADLINE_RULES,
  statusOf,
  timeClassOf,
} from "../../../domain/dossier/index.ts";
import { ROLE_NAMES, type WorkflowRole } from "../../../domain/workflow/definition.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { rolesFor } from "../identity/permissions.ts";
import { isStaffed } from "../workflows/step-staffing.ts";
import { availableForms } from "./available-forms.ts";
import { COMMAND_TABLE, COMMAND_TYPES, isRoutedCommand } from "./command-table.ts";
import { dossierNotFound, stateOf, UUID } from "./dossier-store.ts";
import { checkChain } from "./event-hash.ts";
import { eventFacts, eventLabel, eventLabelKey } from "./labels.ts";
import { officerSeats } from "./officer-seats.ts";
import { handOverTimings } from "./timeline-entries.ts";

/** An attachment's columns (`dossier_attachment as a`, its `stored_file as f`), as `attachmentView` reads them. */
export const ATTACHMENT_COLUMNS = [
  "a.purpose",
  "a.component_index",
  "a.component_name",
  "a.originals",
  "a.certified_copies",
  "a.photocopies",
  "a.shown_for_comparison",
  "a.dossier_version",
  "f.id as file_id",
  "f.mime",
  "f.size",
  "f.file_name",
  "f.signature",
] as const;

interface AttachmentRow {
  purpose: string;
  component_index: number | null;
  component_name: string | null;
  originals: number;
  certified_copies: number;
  photocopies: number;
  shown_for_comparison: boolean;
  dossier_version: number;
  file_id: string | null;
  mime: string | null;
  size: number | null;
  file_name: string | null;
  signature: PdfSignature | null;
}

export function attachmentView(a: AttachmentRow): DossierView["attachments"][number] {
  return {
    purpose: a.purpose,
    componentIndex: a.component_index,
    name: a.component_name,
    originals: a.originals,
    certifiedCopies: a.certified_copies,
    photocopies: a.photocopies,
    shownForComparison: a.shown_for_comparison,
    file:
      a.file_id && a.mime && a.size !== null
        ? { id: a.file_id, mime: a.mime, size: a.size, name: a.file_name, signature: a.signature }
        : null,
    version: a.dossier_version,
  };
}

/**
 * The dossier as the workspace shows it (PRC-9: to an officer who passed the route's scope
 * check): applicant, components, the deadline clock and sub-deadlines (statusOf, computed with
 * the receiving agency's calendar at `now`), the timeline with who/when/what in Vietnamese, the
 * commands this officer may issue now, and whether the event chain holds.
 */
export async function loadDossierView(
  db: Db,
  dossierId: string,
  viewerOfficerId: string | null,
  now: number,
): Promise<DossierView> {
  if (!UUID.test(dossierId)) throw dossierNotFound();
  const row = await db.selectFrom("dossier").selectAll().where("id", "=", dossierId).executeTakeFirst();
  if (!row) throw dossierNotFound();
  const dossier = stateOf(row);
  const [events, attachments, { calendar }] = await Promise.all([
    db
      .selectFrom("dossier_event")
      .select(["type", "dossier_id", "version", "at", "actor", "rule", "payload", "prev_hash", "hash"])
      .where("dossier_id", "=", dossierId)
      .orderBy("version")
      .execute(),
    db
      .selectFrom("dossier_attachment as a")
      .leftJoin("stored_file as f", "f.id", "a.file_id")
      .select(ATTACHMENT_COLUMNS)
      .where("a.dossier_id", "=", dossierId)
      .orderBy("a.id")
      .execute(),
    loadWorkingCalendar(db, dossier.receivingAgencyId),
  ]);
  const actors = events.map((event) => event.actor as unknown as Actor);
  const names = await loadNames(db, [dossier], actors);
  const status = statusOf(dossier, now, calendar);
  const allowed = viewerOfficerId ? await allowedFor(db, viewerOfficerId, dossier, now, calendar) : [];
  const integrity = checkChain(events);
  const timings = handOverTimings(dossier, events);
  const stepName = (index: number) => dossier.workflow.steps[index]?.name ?? null;
  const agencyRef = (id: string): AgencyRef => ({
    id,
    code: names.agencies.get(id)?.code ?? "",
    name: names.agencies.get(id)?.name ?? "",
  });

  return {
    id: dossier.id,
    code: dossier.code,
    nationalCode: row.national_code,
    version: dossier.version,
    status: dossier.status,
    statusLabel: status.label,
    nationalStatusCode: status.nationalCode,
    channel: dossier.channel,
    isTest: dossier.test !== null,
    receivingAgency: agencyRef(dossier.receivingAgencyId),
    processingAgency: dossier.processingAgencyId ? agencyRef(dossier.processingAgencyId) : null,
    procedure: {
      id: dossier.procedure.id,
      version: dossier.procedure.version,
      code: dossier.procedure.code,
      name: dossier.procedure.name,
      processingTime: dossier.procedure.processingTime,
      sameDayCutoff: dossier.procedure.sameDayCutoff,
    },
    workflow: {
      id: dossier.workflow.id,
      version: dossier.workflow.version,
      steps: dossier.workflow.steps.map((step, index) => ({
        index,
        name: step.name,
        agencyId: step.agencyId,
        unitId: dossier.step?.index === index ? dossier.step.unitId : step.unitId,
        unitName:
          names.agencies.get(dossier.step?.index === index ? dossier.step.unitId : step.unitId)?.name ?? null,
        role: step.role,
        roleLabel: ROLE_NAMES[step.role as WorkflowRole] ?? step.role,
        duration: step.duration,
        next: step.next ? [...step.next] : index + 1 < dossier.workflow.steps.length ? [index + 1] : [],
        current: dossier.step?.index === index,
      })),
    },
    applicant: dossier.applicant,
    resultDelivery: dossier.resultDelivery,
    submittedAt: iso(dossier.submittedAt),
    receivedAt: isoOrNull(dossier.receivedAt),
    closedAt: isoOrNull(dossier.closedAt),
    clock: clockView(status, calendar),
    step: status.step
      ? {
          index: status.step.index,
          name: status.step.name,
          unitId: status.step.unitId,
          unitName: names.agencies.get(status.step.unitId)?.name ?? null,
          assigneeId: status.step.assigneeId,
          assigneeName: status.step.assigneeId ? (names.officers.get(status.step.assigneeId) ?? null) : null,
          due: iso(status.step.due),
          remainingMinutes: status.step.remainingMinutes,
          overdue: status.step.overdue,
        }
      : null,
    subDeadlines: dossier.subDeadlines.map((entry) => ({
      kind: entry.kind,
      label: SUB_DEADLINE_RULES[entry.kind].label,
      rule: entry.rule,
      nature: SUB_DEADLINE_RULES[entry.kind].nature,
      from: iso(entry.from),
      due: iso(entry.due),
      closedAt: isoOrNull(entry.closedAt),
      outcome: entry.outcome,
      overdue: status.overdueSubDeadlines.some(
        (late) => late.kind === entry.kind && late.from === entry.from,
      ),
    })),
    attachments: attachments.map(attachmentView),
    form:
      row.form_version !== null && row.form_data ? { version: row.form_version, data: row.form_data } : null,
    supplementRequests: dossier.supplementRequests.map((request) => ({
      kind: request.kind,
      rule: request.rule,
      at: iso(request.at),
      reason: request.reason,
      items: [...request.items],
      fulfilledAt: isoOrNull(request.fulfilledAt),
    })),
    consultations: dossier.consultations.map((entry) => ({
      id: entry.id,
      toName: entry.toName,
      subject: entry.subject,
      requestFileId: entry.requestRef,
      requestedAt: iso(entry.requestedAt),
      answerFileId: entry.answerRef,
      answeredAt: isoOrNull(entry.answeredAt),
    })),
    result: dossier.result
      ? {
          documentNumber: dossier.result.documentNumber,
          fileId: dossier.result.fileRef,
          uploadedAt: iso(dossier.result.uploadedAt),
          sentAt: isoOrNull(dossier.result.sentAt),
          error: dossier.result.error
            ? { description: dossier.result.error.description, at: iso(dossier.result.error.at) }
            : null,
          corrections: dossier.result.corrections.length,
        }
      : null,
    refusal: dossier.refusal
      ? {
          stage: dossier.refusal.stage,
          rule: dossier.refusal.rule,
          reason: dossier.refusal.reason,
          at: iso(dossier.refusal.at),
        }
      : null,
    delivery: dossier.delivery
      ? {
          method: dossier.delivery.method,
          at: iso(dossier.delivery.at),
          reference: dossier.delivery.reference,
        }
      : null,
    fees: { due: dossier.fees.due, paid: dossier.fees.paid },
    timeline: events.map((event, index) => ({
      version: event.version,
      type: event.type,
      labelKey: eventLabelKey(event.type, event.payload),
      label: eventLabel(event.type, event.payload),
      rule: event.rule,
      at: event.at.toISOString(),
      actor: actorView(actors[index] as Actor, names),
      facts: eventFacts(event.type, event.payload, stepName),
      handOver: handOverView(timings.get(event.version)),
    })),
    lateWarnings: dossier.lateWarnings.map((warning) => ({ at: iso(warning.at), due: iso(warning.due) })),
    forms: availableForms(dossier),
    allowedCommands: allowed,
    integrity: integrity.intact
      ? { intact: true, events: integrity.events, brokenAtVersion: null }
      : { intact: false, events: integrity.events, brokenAtVersion: integrity.brokenAtVersion },
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** PRC-2: a hand-over's timing as the timeline shows it. */
function handOverView(
  timing: Pick<ControlSlipRow, "outcome" | "due"> | undefined,
): TimelineEntry["handOver"] {
  return timing ? { outcome: timing.outcome, due: isoOrNull(timing.due) } : null;
}
export const isoOrNull = (ms: number | null | undefined) => (typeof ms === "number" ? iso(ms) : null);

export function clockView(status: DossierStatusView, calendar: WorkingCalendar): DossierView["clock"] {
  return {
    phase: status.phase,
    minutesPerDay: calendar.minutesPerDay,
    due: isoOrNull(status.due),
    appointment: isoOrNull(status.appointment),
    apologised: status.apologised,
    remainingMinutes: status.remainingMinutes,
    overdue: status.overdue,
    dueSoon: status.dueSoon,
    timeClass: timeClassOf(status),
    finish: status.finish
      ? {
          at: iso(status.finish.at),
          kind: status.finish.kind,
          due: iso(status.finish.due),
          outcome: status.finish.outcome,
        }
      : null,
  };
}

/** The commands the officer may issue now from any of their seats, whose route they may call. */
async function allowedFor(
  db: Db,
  officerId: string,
  dossier: Dossier,
  now: number,
  calendar: WorkingCalendar,
): Promise<AllowedCommand[]> {
  const seats = await officerSeats(db, officerId, dossier);
  const allowed = new Set<string>();
  for (const seat of seats) {
    for (const type of allowedCommands(dossier, seat, now, calendar)) {
      if (isRoutedCommand(type) && rolesFor(COMMAND_TABLE[type].permission).includes(seat.role))
        allowed.add(type);
    }
  }
  if (allowed.has("assign") && !(await stepIsStaffed(db, dossier))) allowed.delete("assign");
  return orderedForOffer(COMMAND_TYPES.filter((type) => allowed.has(type))).map((type) => ({
    command: type,
    label: DOSSIER_COMMANDS[type].label,
    method: "POST" as const,
    path: dossierCommandPath(type, dossier.id),
  }));
}

/**
 * The commands that move the dossier on along its way, in the order of that way: the first of
 * them an officer may issue is their next step, offered first (the workspace fills its button).
 */
const NEXT_STEP_COMMANDS: readonly DossierCommandType[] = [
  "accept_online",
  "receive_supplement",
  "accept_transfer",
  "hand_over",
  "transfer",
  "submit_for_approval",
  "approve",
  "upload_result",
  "send_result",
  "confirm_result",
  "return_result",
  "resume",
  "confirm_new_appointment",
  "forward_withdrawal",
  "send_papers_back",
  "end_withdrawal",
];

/** The next steps first (in the way's order), then the other commands in their usual order. */
function orderedForOffer(types: readonly DossierCommandType[]): DossierCommandType[] {
  const rank = (type: DossierCommandType) => {
    const index = NEXT_STEP_COMMANDS.indexOf(type);
    return index === -1 ? NEXT_STEP_COMMANDS.length : index;
  };
  return [...types].sort((a, b) => rank(a) - rank(b));
}

/** PRC-9: assigning is offered only when somebody holds the current step's role over its unit. */
async function stepIsStaffed(db: Db, dossier: Dossier): Promise<boolean> {
  const step = dossier.step;
  const role = step ? dossier.workflow.steps[step.index]?.role : undefined;
  return step !== null && role !== undefined && (await isStaffed(db, step.unitId, role));
}

export interface Names {
  agencies: Map<string, { code: string; name: string }>;
  officers: Map<string, string>;
}

/** The names of the agencies, units and officers the dossiers and the actors of their events name. */
export async function loadNames(
  db: Db,
  dossiers: readonly Dossier[],
  actors: readonly Actor[],
): Promise<Names> {
  const agencyIds = new Set<string>();
  const officerIds = new Set<string>();
  for (const dossier of dossiers) {
    agencyIds.add(dossier.receivingAgencyId);
    if (dossier.processingAgencyId) agencyIds.add(dossier.processingAgencyId);
    if (dossier.step) agencyIds.add(dossier.step.unitId);
    for (const step of dossier.workflow.steps) {
      agencyIds.add(step.agencyId);
      agencyIds.add(step.unitId);
    }
    if (dossier.step?.assigneeId) officerIds.add(dossier.step.assigneeId);
  }
  for (const actor of actors) {
    if (actor.kind !== "officer") continue;
    agencyIds.add(actor.agencyId);
    officerIds.add(actor.officerId);
  }
  const agencies = [...agencyIds].filter((id) => UUID.test(id));
  const officers = [...officerIds].filter((id) => UUID.test(id));
  const [agencyRows, officerRows] = await Promise.all([
    agencies.length
      ? db.selectFrom("agency").select(["id", "code", "name"]).where("id", "in", agencies).execute()
      : [],
    officers.length
      ? db.selectFrom("officer").select(["id", "full_name"]).where("id", "in", officers).execute()
      : [],
  ]);
  return {
    agencies: new Map(agencyRows.map((a) => [a.id, { code: a.code, name: a.name }])),
    officers: new Map(officerRows.map((o) => [o.id, o.full_name])),
  };
}

function actorView(actor: Actor, names: Names): EventActor {
  switch (actor.kind) {
    case "officer":
      return {
        kind: "officer",
        id: actor.officerId,
        name: names.officers.get(actor.officerId) ?? null,
        role: actor.role,
        roleLabel: ROLE_NAMES[actor.role as WorkflowRole] ?? actor.role,
        agencyId: actor.agencyId,
        agencyName: names.agencies.get(actor.agencyId)?.name ?? null,
      };
    case "applicant":
      return {
        kind: "applicant",
        id: actor.accountId,
        name: null,
        role: null,
        roleLabel: "Người nộp hồ sơ",
        agencyId: null,
        agencyName: null,
      };
    default:
      return {
        kind: "system",
        id: actor.job,
        name: "Hệ thống",
        role: null,
        roleLabel: null,
        agencyId: null,
        agencyName: null,
      };
  }
}
