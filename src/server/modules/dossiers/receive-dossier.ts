import { randomUUID } from "node:crypto";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { ReceiveDossierRequest, ReceptionResult } from "../../../contracts/dossiers.ts";
import {
  counterSlip,
  type LateEntry,
  officer,
  type ReceiveCommand,
  receptionInstant,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import type { Clock } from "./clock.ts";
import { iso } from "./dossier-view.ts";
import type { IdempotencyKey } from "./idempotency.ts";
import {
  checkComponents,
  checkFormData,
  createDossier,
  procedureInput,
  requireOfferedProcedure,
  requireReceivingAgency,
  requireWorkflowInForce,
} from "./new-dossier-input.ts";
import { requireOwnFiles } from "./store-file.ts";

/**
 * REC-2: the one-stop officer receives a dossier at the counter or by post, for the agency that
 * handles the procedure (the officer holds the one-stop role over it: checked by the route).
 * (a) not competent / (b) incomplete: no dossier, the slip to print (guidance, or Mẫu 02 listing
 * everything missing at once). (c) refused: a dossier refused at reception (Mẫu 03). (d)
 * complete: the received dossier with its code (CODE-1), appointment (Mẫu 01) and deadline clock.
 * SEC-4 / REC-6: a late entry (paper during an outage, off-site) is received at its real time:
 * the code carries that date and continues that day's sequence; the clock runs from it.
 */
export async function receiveDossier(
  db: Db,
  clock: Clock,
  by: CurrentOfficer,
  request: ReceiveDossierRequest,
  idempotency: IdempotencyKey | null,
  options: { workflowAt?: number } = {},
): Promise<{ status: 200 | 201; body: ReceptionResult }> {
  const agency = await requireReceivingAgency(db, request.agencyId);
  const procedure = await requireOfferedProcedure(db, request.procedureId, agency.id);
  const actor = officer(by.id, "one_stop_officer", agency.id);
  const now = clock();
  const lateEntry: LateEntry | null = request.lateEntry
    ? { kind: request.lateEntry.kind, receivedAt: Date.parse(request.lateEntry.receivedAt) }
    : null;
  const receivedAt = receptionInstant(lateEntry, now);

  const outcome = request.outcome;
  if (outcome.kind === "not_competent" || outcome.kind === "incomplete") {
    const slip = counterSlip(outcome, actor, agency.id, receivedAt);
    return {
      status: 200,
      body: {
        kind: "slip",
        slip: {
          kind: slip.kind,
          rule: "REC-2",
          form: slip.kind === "incomplete" ? "mau_02" : null,
          at: iso(slip.at),
          agency,
          procedure: { id: procedure.procedureId, code: procedure.code, name: procedure.name },
          applicantName: request.applicant.name,
          guidance: slip.kind === "not_competent" ? slip.guidance : null,
          competentAgency: slip.kind === "not_competent" ? slip.competentAgency : null,
          reason: slip.kind === "incomplete" ? slip.reason : null,
          missingItems: slip.kind === "incomplete" ? [...slip.missingItems] : [],
        },
      },
    };
  }

  const { attachments, documents } = checkComponents(
    procedure,
    request.components,
    outcome.kind === "complete" ? { rule: "REC-2", online: false } : null,
  );
  await requireOwnFiles(
    db,
    attachments.flatMap((a) => (a.fileId ? [a.fileId] : [])),
    `officer:${by.id}`,
  );
  const form = await checkFormData(db, procedure.procedureId, request.formData, false, now);
  // PRC-1: the workflow in force at reception (`workflowAt`: a dossier entered after the fact,
  // SEC-4, follows the version chosen for it).
  const workflow = await requireWorkflowInForce(
    db,
    procedure.procedureId,
    agency.id,
    options.workflowAt ?? now,
  );
  const { calendar } = await loadWorkingCalendar(db, agency.id);
  const dossierId = randomUUID();
  const body = await createDossier(db, {
    agency,
    calendar,
    now,
    receivedAt,
    idempotency,
    viewerOfficerId: by.id,
    procedure,
    workflow,
    form,
    attachments,
    receptionOfficeId: by.agencyId,
    command: (code): ReceiveCommand => ({
      type: "receive",
      actor,
      dossierId,
      code,
      receivingAgency: { id: agency.id, identifier: agency.code },
      procedure: procedureInput(procedure),
      workflow: workflow.input,
      applicant: request.applicant,
      resultDelivery: request.resultDelivery,
      documents,
      feesDue: request.feesDue,
      feesPaid: request.feesPaid,
      test: request.test,
      channel: request.channel,
      lateEntry,
      outcome:
        outcome.kind === "refused" ? { kind: "refused", reason: outcome.reason } : { kind: "complete" },
    }),
  });
  return { status: 201, body: body as ReceptionResult };
}
