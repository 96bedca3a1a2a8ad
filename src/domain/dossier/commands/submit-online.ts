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
  /** The submission carries the required digital signature(s). */
  readonly signed: boolean;
}

export type DossierSubmittedOnlineEvent = EventEnvelope<
  "dossier_submitted_online",
  { readonly dossier: NewDossier }
>;

export const submitOnline: CreationHandler<SubmitOnlineCommand, DossierSubmittedOnlineEvent> = {
  command: "submit_online",
  event: "dossier_submitted_online",
  rule: "REC-4",
  decide(command, { now, calendar }) {
    const actor = command.actor;
    if (actor.kind !== "applicant") throw DossierErrors.actorNotAllowed("REC-4");
    const eFormRef = text(command.eFormRef);
    if (!eFormRef) throw DossierErrors.eFormRequired();
    const base = newDossier(calendar, command, "online", now);
    if (base.procedure.signatureRequired && command.signed !== true) throw DossierErrors.signatureRequired();
    const acceptance = openSubDeadline(calendar, "online_acceptance", now, base.limits.onlineAcceptance);
    const dossier: NewDossier = {
      ...base,
      status: "awaiting_acceptance",
      applicantAccountId: actor.accountId,
      eFormRef,
      subDeadlines: [acceptance],
    };
    return { dossierId: base.id, type: "dossier_submitted_online", rule: "REC-4", payload: { dossier } };
  },
  apply(event): Dossier {
    return { ...event.payload.dossier, version: event.version, createdAt: event.at, lastEventAt: event.at };
  },
};
