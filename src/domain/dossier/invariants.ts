import { isPaused, PAUSE_REASONS } from "../deadline/clock.ts";
import { openPause } from "./apply-helpers.ts";
import { underlyingStatus } from "./phase.ts";
import type { Dossier, SupplementRequestKind } from "./state.ts";
import { type DossierStatus, isFinalStatus } from "./status.ts";

/**
 * What must hold for every dossier, whatever happened to it: the property tests check it after
 * every command, and persistence may check it on load. Returns the violations (empty = valid).
 */
export function dossierInvariantViolations(dossier: Dossier): string[] {
  return [
    ...countersAndLimits(dossier),
    ...pausesAndClock(dossier),
    ...stateShape(dossier),
    ...openThings(dossier),
  ];
}

function countOf(dossier: Dossier, kind: SupplementRequestKind): number {
  return dossier.supplementRequests.filter((entry) => entry.kind === kind).length;
}

function countersAndLimits(dossier: Dossier): string[] {
  const problems: string[] = [];
  const { counters, clock } = dossier;
  if (counters.receptionSupplements !== countOf(dossier, "reception"))
    problems.push("REC-3 counter mismatch");
  if (counters.supplementReturns !== countOf(dossier, "return")) problems.push("PRC-5 counter mismatch");
  if (counters.corrections !== countOf(dossier, "correction")) problems.push("PRC-6 counter mismatch");
  if (counters.receptionSupplements > 1)
    problems.push("REC-3: more than one supplement request before acceptance");
  if (counters.supplementReturns > 1) problems.push("PRC-5: more than one return for supplement");
  if (counters.corrections > 1) problems.push("PRC-6: more than one correction request");
  const extensions = clock?.history.filter((event) => event.type === "extend").length ?? 0;
  if (counters.extensions > 1 || extensions > 1) problems.push("PRC-7: more than one extension");
  if (counters.extensions !== extensions || (dossier.apology !== null) !== extensions > 0) {
    problems.push("PRC-7: apology and extension disagree");
  }
  if (dossier.version < 1 || dossier.lastEventAt < dossier.createdAt) problems.push("bookkeeping");
  return problems;
}

function pausesAndClock(dossier: Dossier): string[] {
  const problems: string[] = [];
  for (const pause of dossier.pauses) {
    if (!PAUSE_REASONS.includes(pause.reason)) problems.push(`PAU-1: unlawful pause reason ${pause.reason}`);
    if (!pause.proofRef) problems.push("PAU-1: pause without proof");
    if (pause.to !== null && pause.to < pause.from) problems.push("pause ends before it starts");
  }
  if (dossier.pauses.slice(0, -1).some((pause) => pause.to === null))
    problems.push("an earlier pause is open");
  const open = openPause(dossier);
  const clockPaused = dossier.clock !== null && isPaused(dossier.clock);
  if (clockPaused !== (open !== undefined)) problems.push("clock pause and pause records disagree");
  const base = underlyingStatus(dossier);
  const pausedState = base === "paused" || base === "correction_requested";
  if (pausedState !== (open !== undefined)) problems.push(`open pause in status ${dossier.status}`);
  if (base === "paused" && open?.reason === "correction_request")
    problems.push("PRC-6 pause outside correction");
  if (base === "correction_requested" && open?.reason !== "correction_request")
    problems.push("correction not paused");
  return problems;
}

const NO_CLOCK: readonly DossierStatus[] = ["awaiting_acceptance", "awaiting_online_supplement"];
const CLOCKED: readonly DossierStatus[] = [
  "received",
  "in_processing",
  "transferred",
  "awaiting_supplement",
  "correction_requested",
  "paused",
  "awaiting_approval",
  "approved",
  "result_at_one_stop",
  "result_ready",
  "returned",
  "refused",
];

function stateShape(dossier: Dossier): string[] {
  const problems: string[] = [];
  const base = underlyingStatus(dossier);
  if (CLOCKED.includes(base) && (dossier.clock === null || dossier.receivedAt === null))
    problems.push(`no clock in ${base}`);
  if (NO_CLOCK.includes(base) && dossier.clock !== null) problems.push(`clock before acceptance in ${base}`);
  if (base === "in_processing") {
    const step = dossier.step;
    const agency = step ? dossier.workflow.steps[step.index]?.agencyId : undefined;
    if (!step || agency !== dossier.processingAgencyId) problems.push("in processing without a valid step");
  }
  if (["transferred", "awaiting_approval", "approved"].includes(base) && dossier.step !== null) {
    problems.push(`step kept in ${base}`);
  }
  if (["result_at_one_stop", "result_ready", "returned"].includes(base) && !dossier.result?.sentAt) {
    problems.push(`no result in ${base}`);
  }
  if (["result_ready", "returned"].includes(base) && dossier.finish?.kind !== "result")
    problems.push("no finish");
  if (base === "refused" && (dossier.finish?.kind !== "refusal" || !dossier.refusal))
    problems.push("refusal");
  if (base === "refused_at_reception" && dossier.refusal?.stage !== "reception")
    problems.push("reception refusal");
  if (base === "not_competent" && !dossier.notCompetent) problems.push("not competent without guidance");
  if (
    dossier.finish &&
    dossier.finish.outcome === "late" &&
    dossier.finish.kind === "result" &&
    !dossier.latenessReason
  ) {
    problems.push("PRC-8: late finish without a reason");
  }
  return problems;
}

function openThings(dossier: Dossier): string[] {
  const problems: string[] = [];
  const openSegments = dossier.agencySegments.filter((segment) => segment.to === null).length;
  if (openSegments > 1) problems.push("several agencies hold the dossier");
  const kinds = dossier.subDeadlines.filter((entry) => entry.closedAt === null).map((entry) => entry.kind);
  if (new Set(kinds).size !== kinds.length) problems.push("two open sub-deadlines of one kind");
  if (isFinalStatus(dossier.status)) {
    if (dossier.closedAt === null) problems.push("final without closedAt");
    if (openSegments > 0 || kinds.length > 0 || openPause(dossier)) problems.push("final with open items");
  }
  const withdrawal = dossier.withdrawals[dossier.withdrawals.length - 1];
  if (dossier.status.startsWith("withdrawal_") && (!withdrawal || withdrawal.endedAt !== null)) {
    problems.push("withdrawal state without an open request");
  }
  const cancellation = dossier.cancellations[dossier.cancellations.length - 1];
  if (dossier.status === "cancellation_requested" && cancellation?.decision !== null)
    problems.push("cancellation");
  if (dossier.status === "cancelled" && cancellation?.decision?.approved !== true)
    problems.push("cancelled unapproved");
  return problems;
}
