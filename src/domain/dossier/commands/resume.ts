import type { DeadlineClock } from "../../deadline/clock.ts";
import { closePause, openPause, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isOneStop, isResponsibleFor, isSystem, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { resumeClocks } from "../timing.ts";

/**
 * PAU-1/PAU-3: the pause ends when its cause ends — fees paid (PAU-1(b), checked against the
 * recorded payments), the land obligation met (receipt), the superior's answer received — and the
 * paused working time moves the due out. By the payment integration (system), the one-stop, or
 * whoever is responsible for the dossier.
 */
export interface ResumeCommand extends CommandBase<"resume"> {
  /** The document that ends the pause (required for land obligations and a superior's answer). */
  readonly proofRef?: string | null;
}

export type ResumedEvent = EventEnvelope<
  "resumed",
  {
    readonly resumeRef: string | null;
    readonly returnTo: DossierStatus;
    readonly clock: DeadlineClock;
    readonly step: CurrentStep | null;
  }
>;

function feesCheck(dossier: Dossier) {
  const reason = openPause(dossier)?.reason;
  return reason === "fees" && dossier.fees.paid < dossier.fees.due ? DossierErrors.resumeFeesUnpaid() : null;
}

export const resume: CommandHandler<ResumeCommand, ResumedEvent> = {
  command: "resume",
  event: "resumed",
  rule: "PAU-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["paused"], "PAU-3", "resume"),
      () => {
        const returnTo = openPause(dossier)?.returnTo ?? "in_processing";
        const allowed =
          isSystem(actor) || isOneStop(dossier, actor) || isResponsibleFor(dossier, returnTo, actor);
        return allowed ? null : DossierErrors.actorNotAllowed("PAU-1");
      },
      () => feesCheck(dossier),
    ),
  decide(dossier, command, { now }) {
    const open = openPause(dossier);
    const resumeRef = text(command.proofRef);
    if (open?.reason !== "fees" && !resumeRef) throw DossierErrors.resumeProofRequired();
    const { clock, step } = resumeClocks(dossier, now);
    return {
      type: "resumed",
      rule: "PAU-3",
      payload: {
        resumeRef,
        returnTo: open?.returnTo ?? "in_processing",
        clock: clock as DeadlineClock,
        step,
      },
    };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    status: payload.returnTo,
    clock: payload.clock,
    step: payload.step,
    pauses: closePause(dossier, at, payload.resumeRef),
    subDeadlines: withDeadlines(dossier, at, [{ kind: "fee_payment", as: "done" }]),
  }),
};
