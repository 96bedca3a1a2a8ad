import { DossierErrors } from "../errors.ts";
import { firstError, isAgencyOfficer, isStepOfficer, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { isFinalStatus } from "../status.ts";

/** PRC-3: the other agency's answer is attached (digitized) to the open consultation. */
export interface RecordConsultationAnswerCommand extends CommandBase<"record_consultation_answer"> {
  readonly consultationId: string;
  readonly answerRef: string;
}

export type ConsultationAnsweredEvent = EventEnvelope<
  "consultation_answered",
  { readonly id: string; readonly answerRef: string }
>;

export const recordConsultationAnswer: CommandHandler<
  RecordConsultationAnswerCommand,
  ConsultationAnsweredEvent
> = {
  command: "record_consultation_answer",
  event: "consultation_answered",
  rule: "PRC-3",
  check: (dossier, actor) =>
    firstError(
      () =>
        isFinalStatus(dossier.status)
          ? DossierErrors.status(dossier.status, "PRC-3", "record_consultation_answer")
          : null,
      () =>
        dossier.consultations.some((entry) => entry.answeredAt === null)
          ? null
          : DossierErrors.consultationNotFound(""),
      () =>
        isStepOfficer(dossier, actor) || isAgencyOfficer(dossier, actor)
          ? null
          : DossierErrors.notAgencyOfficer(),
    ),
  decide(dossier, command) {
    const id = text(command.consultationId) ?? "";
    const answerRef = text(command.answerRef);
    if (!dossier.consultations.some((entry) => entry.id === id && entry.answeredAt === null)) {
      throw DossierErrors.consultationNotFound(id);
    }
    if (!answerRef) throw DossierErrors.fieldRequired("answerRef", "Văn bản trả lời (bản số hóa)", "PRC-3");
    return { type: "consultation_answered", rule: "PRC-3", payload: { id, answerRef } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    consultations: dossier.consultations.map((entry) =>
      entry.id === payload.id
        ? { ...entry, answerRef: payload.answerRef, answeredAt: at, answeredBy: actor }
        : entry,
    ),
  }),
};
