import { DossierErrors } from "../errors.ts";
import { text } from "../guards.ts";
import type { CommandBase, CreationHandler, EventEnvelope } from "../handler.ts";
import type { Dossier } from "../state.ts";
import type { NewDossier, NewDossierInput } from "./new-dossier.ts";
import { awaitingAcceptance } from "./submit-online.ts";

/** The integration that delivers the national portal's dossiers (the command's system actor). */
export const NATIONAL_PORTAL_JOB = "national-portal";

/** What the portal says of a submission beyond the dossier itself (TT 04/2025, LEGAL-RESEARCH §9). */
export interface PortalSubmissionFacts {
  /** The national dossier code: one dossier per code, however often it is delivered. */
  readonly nationalCode: string;
  /** The citizen's account on the portal (MaDoiTuong); they follow the dossier there. */
  readonly portalAccountId: string;
  /** The portal account was verified with the national e-ID (VNeID). */
  readonly verifiedWithVneid: boolean;
  /** When the citizen submitted it on the portal (the REC-3 hours count from arrival in motcua). */
  readonly submittedOnPortalAt: number | null;
}

/**
 * REC-10: a dossier submitted on the National Public Service Portal arrives in motcua as an
 * online dossier, exactly like one submitted in motcua (REC-4): waiting for acceptance, REC-3's 8
 * working hours opened at its arrival here, the statutory clock started only by `accept_online`.
 * It comes from the portal integration (a system actor), carries the national code, and has no
 * motcua account behind it: the citizen follows it on the portal (or looks it up by its code).
 * The fees declared and paid there are in `feesDue` / `feesPaid`.
 */
export interface ReceiveFromPortalCommand extends CommandBase<"receive_from_portal">, NewDossierInput {
  readonly eFormRef: string;
  /** The submission carries the required digital signature(s) (DaKySo). */
  readonly signed: boolean;
  readonly portal: PortalSubmissionFacts;
}

export type DossierReceivedFromPortalEvent = EventEnvelope<
  "dossier_received_from_portal",
  { readonly dossier: NewDossier; readonly portal: PortalSubmissionFacts }
>;

export const receiveFromPortal: CreationHandler<ReceiveFromPortalCommand, DossierReceivedFromPortalEvent> = {
  command: "receive_from_portal",
  event: "dossier_received_from_portal",
  rule: "REC-10",
  decide(command, { now, calendar }) {
    const actor = command.actor;
    if (actor.kind !== "system" || actor.job !== NATIONAL_PORTAL_JOB)
      throw DossierErrors.actorNotAllowed("REC-10");
    const nationalCode = text(command.portal?.nationalCode);
    if (!nationalCode)
      throw DossierErrors.fieldRequired("portal.nationalCode", "Mã hồ sơ quốc gia", "REC-10");
    const dossier = awaitingAcceptance(calendar, command, now, null);
    const portal: PortalSubmissionFacts = {
      nationalCode,
      portalAccountId: text(command.portal.portalAccountId) ?? "",
      verifiedWithVneid: command.portal.verifiedWithVneid === true,
      submittedOnPortalAt: command.portal.submittedOnPortalAt ?? null,
    };
    return {
      dossierId: dossier.id,
      type: "dossier_received_from_portal",
      rule: "REC-10",
      payload: { dossier, portal },
    };
  },
  apply(event): Dossier {
    return { ...event.payload.dossier, version: event.version, createdAt: event.at, lastEventAt: event.at };
  },
};
