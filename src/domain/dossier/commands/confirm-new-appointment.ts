import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { isFinalStatus } from "../status.ts";

/**
 * PRC-7: on the apology (Mẫu 04), the one-stop adjusts the appointment; the event tells the
 * notifier to inform the applicant (email/SMS).
 */
export type ConfirmNewAppointmentCommand = CommandBase<"confirm_new_appointment">;

export type NewAppointmentConfirmedEvent = EventEnvelope<
  "new_appointment_confirmed",
  { readonly appointment: number }
>;

export const confirmNewAppointment: CommandHandler<
  ConfirmNewAppointmentCommand,
  NewAppointmentConfirmedEvent
> = {
  command: "confirm_new_appointment",
  event: "new_appointment_confirmed",
  rule: "PRC-7",
  check: (dossier, actor) =>
    firstError(
      () =>
        isFinalStatus(dossier.status)
          ? DossierErrors.status(dossier.status, "PRC-7", "confirm_new_appointment")
          : null,
      () =>
        dossier.apology && dossier.apology.confirmedAt === null ? null : DossierErrors.nothingToConfirm(),
      () => requireOneStop(dossier, actor),
    ),
  decide: (dossier) => ({
    type: "new_appointment_confirmed",
    rule: "PRC-7",
    payload: { appointment: dossier.apology?.newDue ?? 0 },
  }),
  apply: (dossier, { at, actor }) => ({
    ...dossier,
    apology: dossier.apology ? { ...dossier.apology, confirmedAt: at, confirmedBy: actor } : null,
  }),
};
