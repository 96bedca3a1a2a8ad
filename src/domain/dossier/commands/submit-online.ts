import type { WorkingCalendar } from "../../calendar/working-calendar.ts";
import { DossierErrors } from "../errors.ts";
import { text } from "../guards.ts";
import type { CommandBase, CreationHandler, EventEnvelope } from "../handler.ts";
import type { Dossier } from "../state.ts";
import { openSubDeadline } from "../sub-deadlines.ts";
import { type NewDossier, type NewDossierInput, newDossier } from "./new-dossier.ts";

/**
 * REC-4: a signed-in applicant submits online: the e-form, the components (uploaded or from the
 * data store) and, where the procedure requires it, a digital signature. REC-3: the one-stop must
 * accept (or ask for supplement / refuse) within 8 working hours of the system's receipt.
 * The statutory clock starts at acceptance, not here.
 */
export interface SubmitOnlineCommand extends CommandBase<"submit_online">, NewDossierInput {
  readonly eFormRef: string;
  /**
   * The valid digital signature over a whole uploaded component (checked by the server when the
   * file was uploaded), null when none. Required where the procedure requires a signature.
   */
  readonly signature: SubmittedSignature | null;
}

/** Who signed which uploaded file (REC-4), as recorded in the event. */
export interface SubmittedSignature {
  readonly fileId: string;
  readonly commonName: string;
  readonly issuer: string;
}

export type DossierSubmittedOnlineEvent = EventEnvelope<
  "dossier_submitted_online",
  {
    readonly dossier: NewDossier;
    /** REC-4: the signature found (events before issue #14 have none: absent). */
    readonly signature?: SubmittedSignature | null;
  }
>;

export const submitOnline: CreationHandler<SubmitOnlineCommand, DossierSubmittedOnlineEvent> = {
  command: "submit_online",
  event: "dossier_submitted_online",
  rule: "REC-4",
  decide(command, { now, calendar }) {
    const actor = command.actor;
    if (actor.kind !== "applicant") throw DossierErrors.actorNotAllowed("REC-4");
    const signature = command.signature;
    const dossier = awaitingAcceptance(
      calendar,
      { ...command, signed: signature !== null },
      now,
      actor.accountId,
    );
    return {
      dossierId: dossier.id,
      type: "dossier_submitted_online",
      rule: "REC-4",
      payload: { dossier, signature: signature ? { ...signature } : null },
    };
  },
  apply(event): Dossier {
    return { ...event.payload.dossier, version: event.version, createdAt: event.at, lastEventAt: event.at };
  },
};

/**
 * An online dossier as the system receives it (REC-4 in motcua, REC-10 from the national portal):
 * the e-form, the signature where the procedure requires one, status `awaiting_acceptance` and
 * REC-3's 8 working hours opened at `now`, the system's receipt. The statutory clock waits for
 * acceptance. `applicantAccountId`: the motcua account that submitted it, null when none did.
 */
export function awaitingAcceptance(
  calendar: WorkingCalendar,
  command: NewDossierInput & { readonly eFormRef: string; readonly signed: boolean },
  now: number,
  applicantAccountId: string | null,
): NewDossier {
  const eFormRef = text(command.eFormRef);
  if (!eFormRef) throw DossierErrors.eFormRequired();
  const base = newDossier(calendar, command, "online", now);
  if (base.procedure.signatureRequired && command.signed !== true) throw DossierErrors.signatureRequired();
  const acceptance = openSubDeadline(calendar, "online_acceptance", now, base.limits.onlineAcceptance);
  return { ...base, status: "awaiting_acceptance", applicantAccountId, eFormRef, subDeadlines: [acceptance] };
}
