import type { DomainError } from "../../errors.ts";
import { isDossierCode } from "../code.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { ApplicantSnapshot, CancellationGround, Dossier } from "../state.ts";
import { type DossierStatus, isFinalStatus } from "../status.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";

/**
 * CAN-1: only a test dossier (with the testing assignment attached), or a counter dossier entered
 * twice or under the wrong procedure, can be cancelled. CAN-2: the one-stop asks with a reason and
 * the list of the duplicate codes of the same applicant (their format here; that they exist and
 * are the same applicant's, with `duplicateCodesRefusal` against the store); the provincial office
 * reviews within 2 working days.
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

/**
 * CAN-2: two dossiers are of the same applicant when they are of the same kind and carry the same
 * ID number (CCCD or enterprise code, spaces and case ignored); when either has none, the same name.
 */
export function sameApplicant(a: ApplicantSnapshot, b: ApplicantSnapshot): boolean {
  if (a.kind !== b.kind) return false;
  const id = (x: ApplicantSnapshot) => x.idNumber?.replace(/\s+/g, "").toUpperCase() || null;
  const name = (x: ApplicantSnapshot) =>
    x.name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  const [idA, idB] = [id(a), id(b)];
  return idA && idB ? idA === idB : name(a) === name(b);
}

/**
 * CAN-2, with what only the store knows: each duplicate code (well-formed ones; the command itself
 * refuses the others) names another dossier, found in `found` (its applicant by code), of the
 * same applicant as this one. The first problem, or null.
 */
export function duplicateCodesRefusal(
  dossier: Dossier,
  codes: readonly string[],
  found: ReadonlyMap<string, ApplicantSnapshot>,
): DomainError | null {
  for (const code of texts(codes).filter(isDossierCode)) {
    if (code === dossier.code) return DossierErrors.cancellationDuplicateSelf(code);
    const applicant = found.get(code);
    if (!applicant) return DossierErrors.cancellationDuplicateUnknown(code);
    if (!sameApplicant(dossier.applicant, applicant))
      return DossierErrors.cancellationDuplicateOtherApplicant(code);
  }
  return null;
}

/**
 * CAN-1 without the payload: could this dossier be cancelled on any ground? A test dossier always
 * (it must not stay in the records); a counter entry only while it is open — once returned,
 * refused or withdrawn it was a real dossier, not a duplicate to erase.
 */
function cancellable(dossier: Dossier) {
  if (dossier.test !== null) return null;
  if (dossier.channel !== "counter") return DossierErrors.cancellationNotTest();
  return isFinalStatus(dossier.status)
    ? DossierErrors.status(dossier.status, "CAN-1", "request_cancellation")
    : null;
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
