import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { Finish, LatenessReason } from "../state.ts";
import { finishOutcome } from "../timing.ts";
import { latenessReasonFor } from "./lateness.ts";

/**
 * RES-1: the one-stop confirms the result; this instant is the dossier's finish, classified early /
 * on time / late against the statutory due (CAL-9; an apology does not move it, PRC-7). PRC-8: a
 * late finish needs the lateness reason. The result must not carry an unresolved error (RES-2).
 */
export interface ConfirmResultCommand extends CommandBase<"confirm_result"> {
  /** PRC-8: the reason for lateness, if not recorded before. */
  readonly latenessReason?: string | null;
}

export type ResultConfirmedEvent = EventEnvelope<
  "result_confirmed",
  { readonly finish: Finish; readonly latenessReason: LatenessReason | null }
>;

export const confirmResult: CommandHandler<ConfirmResultCommand, ResultConfirmedEvent> = {
  command: "confirm_result",
  event: "result_confirmed",
  rule: "RES-1",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["result_at_one_stop"], "RES-1", "confirm_result"),
      () => requireOneStop(dossier, actor),
      () => (dossier.result?.error ? DossierErrors.resultHasError() : null),
    ),
  decide(dossier, command, { now, calendar }) {
    const { outcome, due } = finishOutcome(dossier, calendar, now);
    const latenessReason = latenessReasonFor(dossier, outcome, command.latenessReason, now, command.actor);
    const finish: Finish = { at: now, kind: "result", due, outcome, mode: dossier.limits.finishMode };
    return {
      type: "result_confirmed",
      rule: outcome === "late" ? "PRC-8" : "RES-1",
      payload: { finish, latenessReason },
    };
  },
  apply: (dossier, { payload }) => ({
    ...dossier,
    status: "result_ready",
    finish: payload.finish,
    latenessReason: payload.latenessReason ?? dossier.latenessReason,
  }),
};
