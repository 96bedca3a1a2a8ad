import { isDossierCode } from "../code.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CancellationGround, Dossier } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";

/**
 * CAN-1: only a test dossier (with the testing assignment attached), or a counter dossier entered
 * twice or under the wrong procedure, can be cancelled. CAN-2: the one-stop asks with a reason and
 * the list of the duplicate codes of the same applicant; the provincial office reviews within
 * 2 working days.
 */
export interface RequestCancellationCommand extends CommandBase<"request_cancellation"> {
  readonly ground: CancellationGround;
  readonly reason: string;
  /** For a test dossier (default: the assignment recorded at creation). */
  readonly testingAssignmentRef?: string | null;
  /** For duplicates / wrong procedure: the codes entered for the same applicant. */
  readonly duplicateCodes?: readonly string[];
}

export type CancellationRequestedEvent = EventEnvelope<
  "cancellation_requested",
  {
    readonly ground: CancellationGround;
    readonly reason: string;
    readonly testingAssignmentRef: string | null;
    readonly duplicateCodes: readonly string[];
    readonly returnTo: DossierStatus;
    readonly reviewDeadline: SubDeadline;
  }
>;

/** CAN-1 without the payload: could this dossier be cancelled on any ground? */
function cancellable(dossier: Dossier) {
  return dossier.test !== null || dossier.channel === "counter" ? null : DossierErrors.cancellationNotTest();
}

function groundDetails(dossier: Dossier, command: RequestCancellationCommand) {
  if (command.ground === "test") {
    if (!dossier.test) throw DossierErrors.cancellationNotTest();
    const testingAssignmentRef = text(command.testingAssignmentRef) ?? dossier.test.assignmentRef;
    if (!text(testingAssignmentRef)) throw DossierErrors.cancellationAssignmentRequired();
    return { testingAssignmentRef, duplicateCodes: [] };
  }
  if (command.ground !== "duplicate" && command.ground !== "wrong_procedure")
    throw DossierErrors.cancellationNotTest();
  if (dossier.channel !== "counter") throw DossierErrors.cancellationNotCounter();
  const duplicateCodes = texts(command.duplicateCodes);
  if (duplicateCodes.length === 0) throw DossierErrors.cancellationCodesRequired();
  const invalid = duplicateCodes.find((code) => !isDossierCode(code));
  if (invalid !== undefined) throw DossierErrors.codeInvalid(invalid);
  return { testingAssignmentRef: null, duplicateCodes };
}

export const requestCancellation: CommandHandler<RequestCancellationCommand, CancellationRequestedEvent> = {
  command: "request_cancellation",
  event: "cancellation_requested",
  rule: "CAN-1",
  check: (dossier, actor) =>
    firstError(
      () =>
        dossier.status === "cancelled" || dossier.status === "cancellation_requested"
          ? DossierErrors.status(dossier.status, "CAN-1", "request_cancellation")
          : null,
      () => requireOneStop(dossier, actor),
      () => cancellable(dossier),
    ),
  decide(dossier, command, { now, calendar }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do hủy hồ sơ", "CAN-2");
    const details = groundDetails(dossier, command);
    const reviewDeadline = openSubDeadline(
      calendar,
      "cancellation_review",
      now,
      dossier.limits.cancellationReview,
    );
    return {
      type: "cancellation_requested",
      rule: command.ground === "test" ? "CAN-1" : "CAN-2",
      payload: { ground: command.ground, reason, ...details, returnTo: dossier.status, reviewDeadline },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "cancellation_requested",
    cancellations: [
      ...dossier.cancellations,
      {
        ground: payload.ground,
        reason: payload.reason,
        testingAssignmentRef: payload.testingAssignmentRef,
        duplicateCodes: payload.duplicateCodes,
        requestedAt: at,
        requestedBy: actor,
        returnTo: payload.returnTo,
        decision: null,
      },
    ],
    subDeadlines: [...dossier.subDeadlines, payload.reviewDeadline],
  }),
};
