import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { CitizenOpenSupplement, CitizenWithdrawal } from "../../../contracts/citizen-dossier-actions.ts";
import { CitizenFormName } from "../../../contracts/documents.ts";
import type {
  CitizenDossierList,
  CitizenDossierSummary,
  CitizenDossierView,
} from "../../../contracts/dossiers.ts";
import {
  allowedCommands,
  applicant,
  type Dossier,
  STATUS_LABELS,
  statusOf,
  type WithdrawalRecord,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierRow, DossierTable } from "../../db/schema/dossiers.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { availableForms } from "./available-forms.ts";
import { stateOf, UUID } from "./dossier-store.ts";
import { ATTACHMENT_COLUMNS, attachmentView, clockView, iso, isoOrNull } from "./dossier-view.ts";
import { eventLabel } from "./labels.ts";

/**
 * A citizen's own dossiers (rule 7): those they submitted online with their e-ID account, and,
 * for a level-2 account (identity verified in person, ACC-3), those received at the counter or by
 * post under their personal ID number (an organization account: under its enterprise code).
 * Anything else does not exist for them: 404, never 403, so nothing reveals that it exists.
 */
export function ownedBy(citizen: CitizenProfile) {
  return (eb: ExpressionBuilder<Database & { d: DossierTable }, "d">): Expression<SqlBool> => {
    const conditions = [eb("d.applicant_account_id", "=", citizen.id)];
    const idNumber = citizen.organization ? citizen.organization.taxCode : citizen.identityNumber;
    if (citizen.identityLevel === 2 && idNumber) {
      conditions.push(
        eb.and([
          eb("d.applicant_id_number", "=", idNumber),
          eb("d.applicant_kind", "=", citizen.organization ? "organization" : "individual"),
        ]),
      );
    }
    return eb.or(conditions);
  };
}

const NOT_FOUND = new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");

export async function listCitizenDossiers(
  db: Db,
  citizen: CitizenProfile,
  page: number,
  pageSize: number,
): Promise<CitizenDossierList> {
  const base = db.selectFrom("dossier as d").where(ownedBy(citizen));
  const [rows, total] = await Promise.all([
    base
      .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
      .selectAll("d")
      .select(["a.code as agency_code", "a.name as agency_name"])
      .orderBy("d.submitted_at", "desc")
      .orderBy("d.id")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => summaryOf(row)), page, pageSize, total: Number(total.n) };
}

type RowWithAgency = DossierRow & { agency_code: string; agency_name: string };

function summaryOf(row: RowWithAgency): CitizenDossierSummary {
  const dossier = stateOf(row);
  return {
    id: row.id,
    code: row.code,
    procedure: { code: dossier.procedure.code, name: dossier.procedure.name },
    agency: { id: row.receiving_agency_id, code: row.agency_code, name: row.agency_name },
    channel: row.channel,
    status: dossier.status,
    statusLabel: STATUS_LABELS[dossier.status],
    submittedAt: iso(dossier.submittedAt),
    receivedAt: isoOrNull(dossier.receivedAt),
    appointment: isoOrNull(dossier.clock?.appointment),
    finishedAt: isoOrNull(dossier.finish?.at),
  };
}

export async function getCitizenDossier(
  db: Db,
  citizen: CitizenProfile,
  dossierId: string,
  now: number,
): Promise<CitizenDossierView> {
  if (!UUID.test(dossierId)) throw NOT_FOUND;
  const row = await db
    .selectFrom("dossier as d")
    .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
    .selectAll("d")
    .select(["a.code as agency_code", "a.name as agency_name"])
    .where("d.id", "=", dossierId)
    .where(ownedBy(citizen))
    .executeTakeFirst();
  if (!row) throw NOT_FOUND;
  const dossier = stateOf(row);
  const [{ calendar }, events, attachments] = await Promise.all([
    loadWorkingCalendar(db, dossier.receivingAgencyId),
    db
      .selectFrom("dossier_event")
      .select(["version", "type", "at", "payload"])
      .where("dossier_id", "=", dossierId)
      .orderBy("version")
      .execute(),
    db
      .selectFrom("dossier_attachment as a")
      .leftJoin("stored_file as f", "f.id", "a.file_id")
      .select(ATTACHMENT_COLUMNS)
      .where("a.dossier_id", "=", dossierId)
      .where("a.purpose", "in", ["component", "supplement", "result"])
      .orderBy("a.id")
      .execute(),
  ]);
  const status = statusOf(dossier, now, calendar);
  // RES-3: the electronic result is the applicant's once it has been returned to them.
  const resultReturned = dossier.status === "returned" && dossier.resultDelivery === "electronic";
  return {
    ...summaryOf(row),
    version: dossier.version,
    clock: clockView(status, calendar),
    supplementRequests: dossier.supplementRequests.map((request) => ({
      kind: request.kind,
      rule: request.rule,
      at: iso(request.at),
      reason: request.reason,
      items: [...request.items],
      fulfilledAt: isoOrNull(request.fulfilledAt),
    })),
    refusal: dossier.refusal
      ? {
          stage: dossier.refusal.stage,
          rule: dossier.refusal.rule,
          reason: dossier.refusal.reason,
          at: iso(dossier.refusal.at),
        }
      : null,
    result: dossier.result
      ? {
          documentNumber: dossier.result.documentNumber,
          fileId: resultReturned ? dossier.result.fileRef : null,
        }
      : null,
    delivery: dossier.delivery
      ? {
          method: dossier.delivery.method,
          at: iso(dossier.delivery.at),
          reference: dossier.delivery.reference,
        }
      : null,
    attachments: attachments.filter((a) => a.purpose !== "result" || resultReturned).map(attachmentView),
    timeline: events.map((event) => ({
      version: event.version,
      label: eventLabel(event.type, event.payload),
      at: event.at.toISOString(),
    })),
    forms: availableForms(dossier).filter((form): form is CitizenFormName =>
      (CitizenFormName.options as readonly string[]).includes(form),
    ),
    ...applicantActions(dossier, citizen, now, calendar),
  };
}

/**
 * REC-8, WDR-1: what the applicant may do now, asked of the lifecycle itself with the account as
 * the actor (the same guards the commands meet), so the page offers only what will be accepted.
 */
function applicantActions(
  dossier: Dossier,
  citizen: CitizenProfile,
  now: number,
  calendar: Parameters<typeof allowedCommands>[3],
) {
  const allowed = allowedCommands(
    dossier,
    applicant(citizen.id),
    Math.max(now, dossier.lastEventAt),
    calendar,
  );
  const open = dossier.supplementRequests.findLast((request) => request.fulfilledAt === null);
  const openSupplement: CitizenOpenSupplement | null =
    open && allowed.includes("receive_supplement")
      ? {
          kind: open.kind,
          rule: open.rule,
          reason: open.reason,
          items: [...open.items],
          requestedAt: iso(open.at),
        }
      : null;
  const withdrawals = dossier.withdrawals.map(withdrawalView);
  const withdrawalOpen = withdrawals.some((w) => w.outcome === "pending" || w.outcome === "forwarded");
  return {
    openSupplement,
    canWithdraw: allowed.includes("request_withdrawal") && !withdrawalOpen,
    withdrawals,
  };
}

function withdrawalView(record: WithdrawalRecord): CitizenWithdrawal {
  const decision = record.decision;
  return {
    reason: record.reason,
    channel: record.channel,
    requestedAt: iso(record.requestedAt),
    outcome: decision
      ? decision.allowed
        ? "allowed"
        : "rejected"
      : record.forwardedAt
        ? "forwarded"
        : "pending",
    decidedAt: isoOrNull(decision?.at),
    rejectionReason: decision && !decision.allowed ? decision.reason : null,
    endedAt: isoOrNull(record.endedAt),
  };
}
