import type { DeadlineClock } from "../../deadline/clock.ts";
import { withDeadlines } from "../apply-helpers.ts";
import { firstError, requireOneStop, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { openSubDeadlineOf, type SubDeadline } from "../sub-deadlines.ts";
import { receptionTiming } from "./new-dossier.ts";

/**
 * REC-3: the one-stop officially accepts an online dossier; the statutory clock starts now.
 * Acceptance after the 8 working hours is still allowed but recorded as a breach (`late`).
 */
export type AcceptOnlineCommand = CommandBase<"accept_online">;

export type OnlineDossierAcceptedEvent = EventEnvelope<
  "online_dossier_accepted",
  {
    readonly clock: DeadlineClock;
    readonly supplementWindow: SubDeadline;
    /** REC-3 breach: accepted after the 8 working hours. */
    readonly late: boolean;
    readonly acceptanceDue: number | null;
  }
>;

export const acceptOnline: CommandHandler<AcceptOnlineCommand, OnlineDossierAcceptedEvent> = {
  command: "accept_online",
  event: "online_dossier_accepted",
  rule: "REC-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["awaiting_acceptance"], "REC-3", "accept_online"),
      () => requireOneStop(dossier, actor),
    ),
  decide(dossier, _command, { now, calendar }) {
    const timing = receptionTiming(calendar, dossier, now);
    const acceptanceDue = openSubDeadlineOf(dossier, "online_acceptance")?.due ?? null;
    return {
      type: "online_dossier_accepted",
      rule: "REC-3",
      payload: {
        clock: timing.clock,
        supplementWindow: timing.window,
        late: acceptanceDue !== null && now > acceptanceDue,
        acceptanceDue,
      },
    };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    status: "received",
    receivedAt: at,
    clock: payload.clock,
    subDeadlines: withDeadlines(
      dossier,
      at,
      [{ kind: "online_acceptance", as: "done" }],
      [payload.supplementWindow],
    ),
  }),
};
