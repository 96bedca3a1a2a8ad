import { DossierErrors } from "../errors.ts";
import { firstError, isOneStop, isSystem, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { isFinalStatus } from "../status.ts";

/**
 * PAY-1/PAY-2: a payment of fees for this dossier (at the counter, by transfer, by post or through
 * the national payment platform), recorded by the payment integration or the one-stop. RES-2 and
 * PAU-1(b) read the balance; resuming a fee pause is a separate command. Only while something is
 * due and unpaid: a fee-free procedure, or fees paid in full, has nothing to record.
 */
export interface RecordPaymentCommand extends CommandBase<"record_payment"> {
  /** Integer đồng. */
  readonly amount: number;
  readonly reference: string;
}

export type PaymentRecordedEvent = EventEnvelope<
  "payment_recorded",
  { readonly amount: number; readonly reference: string }
>;

export const recordPayment: CommandHandler<RecordPaymentCommand, PaymentRecordedEvent> = {
  command: "record_payment",
  event: "payment_recorded",
  rule: "PAY-1",
  check: (dossier, actor) =>
    firstError(
      () =>
        isFinalStatus(dossier.status)
          ? DossierErrors.status(dossier.status, "PAY-1", "record_payment")
          : null,
      () => (isSystem(actor) || isOneStop(dossier, actor) ? null : DossierErrors.notOneStop()),
      () => (dossier.fees.paid < dossier.fees.due ? null : DossierErrors.noFeesOutstanding()),
    ),
  decide(_dossier, command) {
    if (!Number.isSafeInteger(command.amount) || command.amount < 1)
      throw DossierErrors.amountInvalid("amount");
    const reference = text(command.reference);
    if (!reference) throw DossierErrors.fieldRequired("reference", "Số chứng từ nộp phí, lệ phí", "PAY-2");
    return { type: "payment_recorded", rule: "PAY-1", payload: { amount: command.amount, reference } };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    fees: {
      ...dossier.fees,
      paid: dossier.fees.paid + payload.amount,
      payments: [...dossier.fees.payments, { ...payload, at }],
    },
  }),
};
