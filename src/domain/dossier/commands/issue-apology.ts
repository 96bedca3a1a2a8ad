import { type DeadlineClock, dueAt, extendClock } from "../../deadline/clock.ts";
import { DomainError } from "../../errors.ts";
import type { Actor } from "../actor.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isAgencyLeader, isStepOfficer, isStepUnitHead, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, Context, EventEnvelope } from "../handler.ts";
import type { Dossier } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { clockOf } from "../timing.ts";

/**
 * PRC-7 / Mẫu 04: the processing agency (its leader, or the officer holding the current step;
 * never the one-stop) apologises, gives the reason and proposes a new appointment, no later than
 * 1 working day before the statutory due, only once (`extendClock`). The appointment moves; the
 * statutory due does not. The one-stop then confirms the new appointment (`confirm_new_appointment`).
 */
export interface IssueApologyCommand extends CommandBase<"issue_apology"> {
  readonly reason: string;
  readonly newDue: number;
}

export type ApologyIssuedEvent = EventEnvelope<
  "apology_issued",
  {
    readonly reason: string;
    readonly previousDue: number;
    readonly newDue: number;
    readonly clock: DeadlineClock;
  }
>;

export const APOLOGY_STATUSES: readonly DossierStatus[] = [
  "in_processing",
  "transferred",
  "awaiting_approval",
  "approved",
];

/**
 * PRC-7: whoever holds the dossier at the processing agency now — its leader, the officer of the
 * current step or that step's unit head; not an officer who has handed it on, never the one-stop
 * (which only confirms the new appointment).
 */
function isApologyIssuer(dossier: Dossier, actor: Actor): boolean {
  return isAgencyLeader(dossier, actor) || isStepOfficer(dossier, actor) || isStepUnitHead(dossier, actor);
}

/** Would the clock accept an extension now? (the deadline engine decides: once, ≥ 1 working day before the due, not paused) */
function extensionCheck(dossier: Dossier, { now, calendar }: Context): DomainError | null {
  try {
    const clock = clockOf(dossier);
    extendClock(calendar, clock, now, dueAt(calendar, clock) + 60_000);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

export const issueApology: CommandHandler<IssueApologyCommand, ApologyIssuedEvent> = {
  command: "issue_apology",
  event: "apology_issued",
  rule: "PRC-7",
  check: (dossier, actor, context) =>
    firstError(
      () => requireStatus(dossier, APOLOGY_STATUSES, "PRC-7", "issue_apology"),
      () => (isApologyIssuer(dossier, actor) ? null : DossierErrors.apologyNotIssuer()),
      () => (dossier.apology !== null ? DossierErrors.apologyOnce() : null),
      () => extensionCheck(dossier, context),
    ),
  decide(dossier, command, { now, calendar }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do quá hạn", "PRC-7");
    const before = clockOf(dossier);
    const previousDue = dueAt(calendar, before);
    const clock = extendClock(calendar, before, now, command.newDue);
    return {
      type: "apology_issued",
      rule: "PRC-7",
      payload: { reason, previousDue, newDue: command.newDue, clock },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    clock: payload.clock,
    counters: { ...dossier.counters, extensions: dossier.counters.extensions + 1 },
    apology: {
      at,
      by: actor,
      reason: payload.reason,
      previousDue: payload.previousDue,
      newDue: payload.newDue,
      confirmedAt: null,
      confirmedBy: null,
    },
  }),
};
