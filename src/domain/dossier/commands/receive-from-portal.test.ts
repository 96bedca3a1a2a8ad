import { describe, expect, it } from "vitest";
import { system } from "../actor.ts";
import { replay } from "../evolve.ts";
import { actors, cmd, newInput, refusal, run, show, step } from "../test-support.ts";
import { NATIONAL_PORTAL_JOB, type ReceiveFromPortalCommand } from "./receive-from-portal.ts";

const NATIONAL_CODE = "G22.102.10-260306-AB0001";

function fromPortal(
  when: string,
  overrides: Partial<ReceiveFromPortalCommand> = {},
): ReceiveFromPortalCommand {
  return {
    ...newInput(when),
    type: "receive_from_portal",
    actor: system(NATIONAL_PORTAL_JOB),
    eFormRef: "form:p:v1:sha256:00",
    signed: false,
    portal: {
      nationalCode: NATIONAL_CODE,
      portalAccountId: "dvcqg-42",
      verifiedWithVneid: true,
      submittedOnPortalAt: null,
    },
    feesDue: 50_000,
    feesPaid: 50_000,
    resultDelivery: "post",
    ...overrides,
  };
}

describe("receive_from_portal (REC-10)", () => {
  it("REC-10 / REC-3: waits for acceptance with the 8 working hours opened at arrival (Friday evening → Monday 17:00), no clock yet", () => {
    const { dossier, events } = step(null, fromPortal("2026-03-06T19:00"), "2026-03-06T19:00");
    expect(dossier).toMatchObject({
      status: "awaiting_acceptance",
      channel: "online",
      applicantAccountId: null,
      resultDelivery: "post",
      clock: null,
      fees: { due: 50_000, paid: 50_000 },
    });
    expect(dossier.subDeadlines).toMatchObject([{ kind: "online_acceptance" }]);
    expect(show(dossier.subDeadlines[0]?.due ?? 0)).toBe("2026-03-09T17:00");
    expect(events[0]).toMatchObject({
      type: "dossier_received_from_portal",
      rule: "REC-10",
      actor: { kind: "system", job: NATIONAL_PORTAL_JOB },
      payload: {
        portal: { nationalCode: NATIONAL_CODE, verifiedWithVneid: true, portalAccountId: "dvcqg-42" },
      },
    });
    expect(replay(events)).toEqual(dossier);
  });

  it("REC-3: the one-stop officer accepts it like any online dossier; the statutory clock starts then", () => {
    const received = run(null, fromPortal("2026-03-02T09:00"), "2026-03-02T09:00");
    const accepted = run(received, cmd("accept_online", actors.oneStop), "2026-03-02T14:00");
    expect(accepted.status).toBe("received");
    expect(accepted.subDeadlines[0]).toMatchObject({ kind: "online_acceptance", outcome: "met" });
    expect(show(accepted.clock?.countFrom ?? 0)).toBe("2026-03-02T14:00");
  });

  it("REC-10: only the portal integration creates it, with a national code; a required signature is checked (REC-4)", () => {
    const when = "2026-03-02T09:00";
    expect(refusal(null, fromPortal(when, { actor: actors.citizen }), when)).toMatchObject({
      code: "ACTOR_NOT_ALLOWED",
    });
    expect(refusal(null, fromPortal(when, { actor: system("scheduler") }), when)).toMatchObject({
      code: "ACTOR_NOT_ALLOWED",
    });
    const noCode = fromPortal(when);
    expect(refusal(null, { ...noCode, portal: { ...noCode.portal, nationalCode: " " } }, when)).toMatchObject(
      {
        code: "DOSSIER_FIELD_REQUIRED",
      },
    );
    const signing = fromPortal(when);
    const unsigned = { ...signing, procedure: { ...signing.procedure, signatureRequired: true } };
    expect(refusal(null, unsigned, when)).toMatchObject({ code: "SIGNATURE_REQUIRED" });
    expect(run(null, { ...unsigned, signed: true }, when).status).toBe("awaiting_acceptance");
  });
});
