import { describe, expect, it } from "vitest";
import { dossierInvariantViolations } from "./invariants.ts";
import { NATIONAL_STATUS_NAMES, type NationalStatusCode, nationalStatusCode } from "./national-status.ts";
import type { Dossier } from "./state.ts";
import { DOSSIER_STATUSES, type DossierStatus, STATUS_LABELS } from "./status.ts";
import {
  actors,
  cmd,
  INTERAGENCY_WORKFLOW,
  inProcessing,
  newInput,
  receiveAtCounter,
  resultAtOneStop,
  run,
  submitOnline,
} from "./test-support.ts";

const letter = cmd("request_withdrawal", actors.oneStop, {
  reason: "Không còn nhu cầu",
  letterRef: "don.pdf",
});
const dup = cmd("request_cancellation", actors.oneStop, {
  ground: "duplicate",
  reason: "Trùng",
  duplicateCodes: ["000.00.06.H56-260302-0002"],
});
const forwarded = () =>
  run(
    run(inProcessing(), letter, "2026-03-03T09:00"),
    cmd("forward_withdrawal", actors.oneStop),
    "2026-03-03T09:10",
  );
const approved = () => {
  const last = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-03T09:00");
  return run(
    run(last, cmd("submit_for_approval", actors.unitHead), "2026-03-03T10:00"),
    cmd("approve", actors.leader),
    "2026-03-03T11:00",
  );
};
const ready = () => run(resultAtOneStop(), cmd("confirm_result", actors.oneStop), "2026-03-09T13:00");

/** One dossier in each state, with the national code it must map to (LEGAL-RESEARCH §6). */
const CASES: readonly [DossierStatus, string, () => Dossier, NationalStatusCode | null][] = [
  ["awaiting_acceptance", "online, not yet accepted", () => submitOnline("2026-03-02T09:00"), 1],
  [
    "awaiting_online_supplement",
    "asked to supplement before acceptance",
    () =>
      run(
        submitOnline("2026-03-02T09:00"),
        cmd("request_online_supplement", actors.oneStop, { reason: "Thiếu", items: ["Tờ khai"] }),
        "2026-03-02T10:00",
      ),
    5,
  ],
  ["received", "received at the counter", () => receiveAtCounter("2026-03-02T09:00"), 2],
  ["in_processing", "at a workflow step", () => inProcessing(), 4],
  [
    "transferred",
    "passed to another agency",
    () =>
      run(
        inProcessing({ workflow: INTERAGENCY_WORKFLOW }),
        cmd("transfer", actors.specialist),
        "2026-03-03T09:00",
      ),
    4,
  ],
  [
    "awaiting_supplement",
    "returned for supplement",
    () =>
      run(
        inProcessing(),
        cmd("return_for_supplement", actors.specialist, { reason: "Thiếu", items: ["x"] }),
        "2026-03-03T09:00",
      ),
    5,
  ],
  [
    "correction_requested",
    "paused for correction",
    () =>
      run(
        inProcessing(),
        cmd("request_correction", actors.specialist, { reason: "Sai", items: ["x"] }),
        "2026-03-03T09:00",
      ),
    5,
  ],
  [
    "paused",
    "paused for fees",
    () =>
      run(
        inProcessing(),
        cmd("pause", actors.specialist, { reason: "fees", proofRef: "tb", feeAmount: 1 }),
        "2026-03-03T09:00",
      ),
    6,
  ],
  [
    "paused",
    "paused for a superior's opinion",
    () =>
      run(
        inProcessing(),
        cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "tt" }),
        "2026-03-03T09:00",
      ),
    8,
  ],
  [
    "awaiting_approval",
    "at the leader",
    () =>
      run(
        run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-03T09:00"),
        cmd("submit_for_approval", actors.unitHead),
        "2026-03-03T10:00",
      ),
    4,
  ],
  ["approved", "approved, result not yet sent", approved, 4],
  ["result_at_one_stop", "result sent, not yet confirmed", resultAtOneStop, 4],
  ["result_ready", "result confirmed (finished)", ready, 9],
  [
    "returned",
    "result returned",
    () => run(ready(), cmd("return_result", actors.oneStop), "2026-03-09T14:00"),
    10,
  ],
  [
    "refused_at_reception",
    "refused at reception (Mẫu 03)",
    () =>
      run(
        submitOnline("2026-03-02T09:00"),
        cmd("refuse_reception", actors.oneStop, { reason: "Sai đối tượng" }),
        "2026-03-02T10:00",
      ),
    3,
  ],
  [
    "not_competent",
    "not this agency's competence",
    () =>
      run(
        submitOnline("2026-03-02T09:00"),
        cmd("declare_not_competent", actors.oneStop, { guidance: "Nộp tại xã" }),
        "2026-03-02T10:00",
      ),
    3,
  ],
  [
    "refused",
    "refused after review (finished)",
    () =>
      run(
        inProcessing(),
        cmd("refuse_after_review", actors.specialist, { reason: "Không đủ điều kiện" }),
        "2026-03-03T09:00",
      ),
    10,
  ],
  ["withdrawal_requested", "withdrawal asked", () => run(inProcessing(), letter, "2026-03-03T09:00"), 7],
  ["withdrawal_forwarded", "withdrawal forwarded", forwarded, 7],
  [
    "withdrawal_allowed",
    "withdrawal allowed, papers to return",
    () =>
      run(forwarded(), cmd("allow_withdrawal", actors.specialist, { papersBack: true }), "2026-03-03T10:00"),
    7,
  ],
  [
    "withdrawal_papers_returned",
    "papers at the one-stop",
    () =>
      run(
        run(
          forwarded(),
          cmd("allow_withdrawal", actors.specialist, { papersBack: true }),
          "2026-03-03T10:00",
        ),
        cmd("send_papers_back", actors.specialist),
        "2026-03-03T11:00",
      ),
    7,
  ],
  [
    "withdrawn",
    "withdrawn",
    () =>
      run(forwarded(), cmd("allow_withdrawal", actors.specialist, { papersBack: false }), "2026-03-03T10:00"),
    7,
  ],
  [
    "cancellation_requested",
    "cancellation asked (code of the state underneath)",
    () => run(inProcessing(), dup, "2026-03-03T09:00"),
    4,
  ],
  [
    "cancellation_requested",
    "cancellation asked right after reception",
    () => run(receiveAtCounter("2026-03-02T09:00"), dup, "2026-03-02T09:30"),
    2,
  ],
  [
    "cancelled",
    "cancelled (not reported, CAN-3)",
    () =>
      run(
        run(inProcessing(), dup, "2026-03-03T09:00"),
        cmd("approve_cancellation", actors.control),
        "2026-03-03T10:00",
      ),
    null,
  ],
];

describe("national portal status codes (INT-1)", () => {
  it.each(CASES)("INT-1: %s (%s) → %s", (status, _what, build, code) => {
    const dossier = build();
    expect(dossier.status).toBe(status);
    expect(nationalStatusCode(dossier)).toBe(code);
    expect(dossierInvariantViolations(dossier)).toEqual([]);
  });

  it("INT-1: every state has a case and a Vietnamese label; every code has its name", () => {
    const covered = new Set(CASES.map(([status]) => status));
    expect(DOSSIER_STATUSES.filter((status) => !covered.has(status))).toEqual([]);
    for (const status of DOSSIER_STATUSES) expect(STATUS_LABELS[status]).toMatch(/\S/);
    expect(Object.keys(NATIONAL_STATUS_NAMES)).toHaveLength(10);
    expect(newInput("2026-03-02T09:00").code).toBe("000.00.06.H56-260302-0001");
  });
});
