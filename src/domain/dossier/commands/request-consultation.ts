import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/**
 * PRC-3: verification or consultation with another agency; the request is attached (digitized).
 * Modelled as a flag (open consultations), not a state: the clock keeps running (only a
 * superior's opinion pauses it, PAU-1(d)).
 */
export interface RequestConsultationCommand extends CommandBase<"request_consultation"> {
  readonly consultationId: string;
  readonly toAgencyId?: string | null;
  readonly toName: string;
  readonly subject: string;
  readonly requestRef: string;
}

export type ConsultationRequestedEvent = EventEnvelope<
  "consultation_requested",
  {
    readonly id: string;
    readonly toAgencyId: string | null;
    readonly toName: string;
    readonly subject: string;
    readonly requestRef: string;
  }
>;

export const requestConsultation: CommandHandler<RequestConsultationCommand, ConsultationRequestedEvent> = {
  command: "request_consultation",
  event: "consultation_requested",
  rule: "PRC-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["in_processing"], "PRC-3", "request_consultation"),
      () => (isResponsibleFor(dossier, "in_processing", actor) ? null : DossierErrors.notStepOfficer()),
    ),
  decide(dossier, command) {
    const id = text(command.consultationId);
    const toName = text(command.toName);
    const subject = text(command.subject);
    const requestRef = text(command.requestRef);
    if (!id) throw DossierErrors.fieldRequired("consultationId", "Mã yêu cầu xin ý kiến", "PRC-3");
    if (!toName) throw DossierErrors.fieldRequired("toName", "Cơ quan được xin ý kiến", "PRC-3");
    if (!subject) throw DossierErrors.fieldRequired("subject", "Nội dung xin ý kiến", "PRC-3");
    if (!requestRef)
      throw DossierErrors.fieldRequired("requestRef", "Văn bản xin ý kiến (bản số hóa)", "PRC-3");
    if (dossier.consultations.some((entry) => entry.id === id)) throw DossierErrors.consultationDuplicate(id);
    return {
      type: "consultation_requested",
      rule: "PRC-3",
      payload: { id, toAgencyId: text(command.toAgencyId), toName, subject, requestRef },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    consultations: [
      ...dossier.consultations,
      {
        ...payload,
        requestedAt: at,
        requestedBy: actor,
        answerRef: null,
        answeredAt: null,
        answeredBy: null,
      },
    ],
  }),
};
