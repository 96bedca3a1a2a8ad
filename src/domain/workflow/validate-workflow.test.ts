import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Duration } from "../deadline/duration.ts";
import { DomainError } from "../errors.ts";
import type { WorkflowDefinitionInput } from "./definition.ts";
import { assertValidWorkflow, type StatutoryTime, validateWorkflow } from "./validate-workflow.ts";

const ONE_STOP = "00000000-0000-4000-8000-000000000040";
const UNIT = "00000000-0000-4000-8000-000000000106";
const AGENCY = "00000000-0000-4000-8000-000000000006";
const TAX = "00000000-0000-4000-8000-000000000099";
const CAL = { minutesPerDay: 480 };
const days = (amount: number): Duration => ({ amount, unit: "working_days" });
const hours = (amount: number): Duration => ({ amount, unit: "working_hours" });

/** The brief's example: 0.5 + 6 + 1 + 1 + 0.5 = 9 working days for a 10-day procedure. */
function tenDayWorkflow(): WorkflowDefinitionInput {
  return {
    schemaVersion: 1,
    basis: "Quyết định số 123/QĐ-UBND ngày 05/01/2026 phê duyệt quy trình nội bộ",
    steps: [
      {
        kind: "task",
        key: "tiep-nhan",
        name: "Tiếp nhận hồ sơ",
        unitId: ONE_STOP,
        role: "one_stop_officer",
        duration: days(0.5),
      },
      {
        kind: "task",
        key: "tham-dinh",
        name: "Thẩm định hồ sơ",
        unitId: UNIT,
        role: "specialist",
        duration: days(6),
      },
      {
        kind: "task",
        key: "truong-phong",
        name: "Lãnh đạo phòng xem xét",
        unitId: UNIT,
        role: "unit_head",
        duration: days(1),
      },
      {
        kind: "task",
        key: "ky-duyet",
        name: "Lãnh đạo Sở ký",
        unitId: AGENCY,
        role: "agency_leader",
        duration: days(1),
      },
      {
        kind: "task",
        key: "tra-ket-qua",
        name: "Trả kết quả",
        unitId: ONE_STOP,
        role: "one_stop_officer",
        duration: days(0.5),
      },
    ],
  };
}
const step = (def: WorkflowDefinitionInput, i: number) => def.steps[i] as Record<string, unknown>;
const errorsOf = (def: unknown, statutory: StatutoryTime = days(10), calendar = CAL) => {
  const result = validateWorkflow(def, statutory, calendar);
  return result.ok ? [] : result.errors;
};

describe("electronic workflows (PRC-1)", () => {
  it("PRC-1: steps summing to 9 working days fit a 10-day procedure", () => {
    const result = validateWorkflow(tenDayWorkflow(), days(10), CAL);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.total).toMatchObject({ amount: 9 * 480, budget: 10 * 480, text: "9 ngày làm việc" });
      expect(result.total.longestPath).toHaveLength(5);
    }
  });

  it("PRC-1: steps longer than the statutory time are refused, stating both totals", () => {
    const def = tenDayWorkflow();
    step(def, 1).duration = days(8);
    expect(errorsOf(def)).toEqual([
      {
        path: "steps",
        code: "WORKFLOW_TOO_LONG",
        rule: "PRC-1",
        message:
          "Tổng thời gian các bước 11 ngày làm việc vượt thời hạn giải quyết 10 ngày làm việc (PRC-1).",
      },
    ]);
  });

  it("PRC-1/CAL-5: hours and half days convert with the calendar's working day", () => {
    const def = tenDayWorkflow();
    step(def, 0).duration = hours(4);
    step(def, 4).duration = { amount: 1, unit: "half_days" };
    step(def, 1).duration = days(7);
    // 0.5 + 7 + 1 + 1 + 0.5 = 10: exactly the statutory time.
    expect(errorsOf(def)).toEqual([]);
    // A 7-hour working day (e.g. an agency open 07:30–11:30, 13:30–16:30): 4 hours are more than half a day.
    expect(errorsOf(def, days(10), { minutesPerDay: 420 })[0]?.code).toBe("WORKFLOW_TOO_LONG");
  });

  it("PRC-1/CAL-8: a same-day procedure with a 15:00 cut-off leaves 2 working hours for its steps", () => {
    const sameDay: StatutoryTime = { amount: 0, unit: "working_days", sameDayCutoff: "15:00" };
    const def: WorkflowDefinitionInput = {
      schemaVersion: 1,
      steps: [
        {
          kind: "task",
          key: "tiep-nhan",
          name: "Tiếp nhận",
          unitId: ONE_STOP,
          role: "one_stop_officer",
          duration: hours(0.25),
        },
        { kind: "task", key: "xu-ly", name: "Xử lý", unitId: UNIT, role: "specialist", duration: hours(1) },
        { kind: "task", key: "ky", name: "Ký", unitId: AGENCY, role: "agency_leader", duration: hours(0.5) },
        {
          kind: "task",
          key: "tra",
          name: "Trả kết quả",
          unitId: ONE_STOP,
          role: "one_stop_officer",
          duration: hours(0.25),
        },
      ],
    };
    expect(errorsOf(def, sameDay)).toEqual([]);
    step(def, 1).duration = hours(2);
    expect(errorsOf(def, sameDay)[0]?.message).toBe(
      "Tổng thời gian các bước 3 giờ làm việc vượt thời hạn giải quyết trong ngày làm việc (hồ sơ nhận trước 15:00 còn 2 giờ làm việc đến hết giờ làm việc) (PRC-1).",
    );
  });

  it("PRC-1/CAL-5: a procedure in calendar days takes steps in calendar days, and the other way round", () => {
    const def = tenDayWorkflow();
    expect(errorsOf(def, { amount: 20, unit: "calendar_days" }).map((e) => [e.path, e.code, e.rule])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [`steps[${i}].duration.unit`, "WORKFLOW_DURATION_UNIT", "CAL-5"]),
    );
    const calendar: WorkflowDefinitionInput = {
      schemaVersion: 1,
      steps: [
        {
          kind: "task",
          key: "a",
          name: "Tiếp nhận",
          unitId: ONE_STOP,
          role: "one_stop_officer",
          duration: { amount: 1, unit: "calendar_days" },
        },
        {
          kind: "task",
          key: "b",
          name: "Thẩm định",
          unitId: UNIT,
          role: "specialist",
          duration: { amount: 20, unit: "calendar_days" },
        },
      ],
    };
    expect(errorsOf(calendar, { amount: 20, unit: "calendar_days" })[0]?.message).toBe(
      "Tổng thời gian các bước 21 ngày vượt thời hạn giải quyết 20 ngày (PRC-1).",
    );
    expect(errorsOf(calendar, days(20))[0]?.code).toBe("WORKFLOW_DURATION_UNIT");
  });

  it("PRC-1: steps need a known role, a unit, a name and a whole number of half days", () => {
    const def = tenDayWorkflow();
    step(def, 1).role = "clerk";
    delete step(def, 2).unitId;
    step(def, 3).name = " ";
    step(def, 4).duration = { amount: 1.5, unit: "half_days" };
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["steps[1].role", "INVALID_VALUE"],
      ["steps[2].unitId", "MISSING"],
      ["steps[3].name", "TOO_SMALL"],
      ["steps[4].duration.amount", "DURATION_NOT_WHOLE"],
    ]);
    expect(errorsOf(def)[0]?.message).toContain("one_stop_officer, specialist, unit_head");
  });

  it("PRC-1: step keys are unique, `next` names later steps, and no step is unreachable", () => {
    const duplicate = tenDayWorkflow();
    step(duplicate, 2).key = "tham-dinh";
    expect(errorsOf(duplicate).map((e) => [e.path, e.code])).toEqual([
      ["steps[2].key", "WORKFLOW_DUPLICATE_STEP"],
    ]);

    const backward = tenDayWorkflow();
    step(backward, 2).next = ["tham-dinh", "ky-bo"];
    expect(errorsOf(backward).map((e) => [e.path, e.code])).toEqual([
      ["steps[2].next[0]", "WORKFLOW_BACKWARD_STEP"],
      ["steps[2].next[1]", "WORKFLOW_UNKNOWN_STEP"],
    ]);

    const skipped = tenDayWorkflow();
    step(skipped, 1).next = ["ky-duyet"];
    expect(errorsOf(skipped)).toEqual([
      {
        path: "steps[2]",
        code: "WORKFLOW_UNREACHABLE_STEP",
        rule: "PRC-1",
        message:
          'Bước "Lãnh đạo phòng xem xét" (truong-phong) không thể đến được từ bước đầu tiên của quy trình.',
      },
    ]);
    const ended = tenDayWorkflow();
    step(ended, 3).next = [];
    expect(errorsOf(ended).map((e) => e.path)).toEqual(["steps[4]"]);
  });

  it("PRC-1: with branches the longest path counts, and is named when too long", () => {
    const def = tenDayWorkflow();
    // Review goes either to the unit head or straight to a 3-day expert council, then the leader.
    step(def, 1).next = ["truong-phong", "hoi-dong"];
    step(def, 2).next = ["ky-duyet"];
    def.steps.splice(3, 0, {
      kind: "task",
      key: "hoi-dong",
      name: "Hội đồng thẩm định",
      unitId: AGENCY,
      role: "agency_leader",
      duration: days(3),
    });
    const errors = errorsOf(def);
    expect(errors[0]?.message).toBe(
      "Tổng thời gian các bước theo nhánh dài nhất (tiep-nhan → tham-dinh → hoi-dong → ky-duyet → tra-ket-qua) 11 ngày làm việc vượt thời hạn giải quyết 10 ngày làm việc (PRC-1).",
    );
    step(def, 3).duration = days(2);
    expect(errorsOf(def)).toEqual([]);
  });

  it("PRC-4: a transfer to another agency counts its allotted time, and its own steps must fit in it", () => {
    const def = tenDayWorkflow();
    step(def, 1).duration = days(3);
    def.steps.splice(2, 0, {
      kind: "transfer",
      key: "lien-thong-thue",
      name: "Chuyển cơ quan thuế xác định nghĩa vụ tài chính",
      agencyId: TAX,
      duration: days(3),
      steps: [
        {
          kind: "task",
          key: "thue-tiep-nhan",
          name: "Tiếp nhận",
          unitId: TAX,
          role: "specialist",
          duration: days(2),
        },
        {
          kind: "task",
          key: "thue-ky",
          name: "Ký thông báo thuế",
          unitId: TAX,
          role: "agency_leader",
          duration: days(1),
        },
      ],
    });
    // 0.5 + 3 + 3 (tax) + 1 + 1 + 0.5 = 9.
    const result = validateWorkflow(def, days(10), CAL);
    expect(result.ok && result.total.text).toBe("9 ngày làm việc");

    const transfer = step(def, 2) as { steps: Record<string, unknown>[] };
    (transfer.steps[1] as Record<string, unknown>).duration = days(2);
    expect(errorsOf(def)).toEqual([
      {
        path: "steps[2].steps",
        code: "WORKFLOW_TRANSFER_TOO_LONG",
        rule: "PRC-4",
        message:
          "Tổng thời gian các bước tại cơ quan liên thông 4 ngày làm việc vượt thời gian dành cho cơ quan này 3 ngày làm việc (PRC-4).",
      },
    ]);
    (transfer.steps[1] as Record<string, unknown>).role = "boss";
    expect(errorsOf(def).map((e) => e.path)).toEqual(["steps[2].steps[1].role"]);
  });

  it("PRC-1: the server form throws a DomainError citing the rule, with every problem listed", () => {
    const def = tenDayWorkflow();
    step(def, 1).duration = days(8);
    expect(() => assertValidWorkflow(def, days(10), CAL)).toThrow(DomainError);
    try {
      assertValidWorkflow(def, days(10), CAL);
    } catch (error) {
      expect(error).toMatchObject({
        code: "WORKFLOW_TOO_LONG",
        rule: "PRC-1",
        message:
          "Tổng thời gian các bước 11 ngày làm việc vượt thời hạn giải quyết 10 ngày làm việc (PRC-1).",
        details: { errors: [{ path: "steps" }] },
      });
    }
  });
});

// ------------------------------------------------------------------------------ properties

const ROLES = ["one_stop_officer", "specialist", "unit_head", "agency_leader"] as const;
const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((n) => days(n / 2)),
  fc.integer({ min: 0, max: 16 }).map((n) => hours(n)),
  fc.integer({ min: 0, max: 6 }).map((n): Duration => ({ amount: n, unit: "half_days" })),
);
/** Random forward-branching workflows: each step may name some later steps. */
const workflowArb = fc
  .array(
    fc.record({
      duration: durationArb,
      role: fc.constantFrom(...ROLES),
      jumps: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((specs): WorkflowDefinitionInput => {
    const steps = specs.map((spec, i) => {
      const later = specs.length - i - 1;
      // The next step is always among the successors, so every step stays reachable.
      const next =
        spec.jumps.length > 0 && later > 0
          ? [...new Set([i + 1, ...spec.jumps.map((j) => i + 1 + (j % later))])].map((k) => `s${k}`)
          : undefined;
      return {
        kind: "task" as const,
        key: `s${i}`,
        name: `Bước ${i + 1}`,
        unitId: UNIT,
        role: spec.role,
        duration: spec.duration,
        ...(next ? { next } : {}),
      };
    });
    return { schemaVersion: 1, steps };
  });

/** Every path's sum, by brute force (another algorithm than the one under test). */
function longestByEnumeration(def: WorkflowDefinitionInput): number {
  const minutes = (d: Duration) =>
    d.unit === "working_days" ? d.amount * 480 : d.unit === "half_days" ? d.amount * 240 : d.amount * 60;
  const index = new Map(def.steps.map((s, i) => [s.key, i]));
  const walk = (i: number): number => {
    const s = def.steps[i];
    if (!s) return 0;
    const next = s.next ?? (def.steps[i + 1] ? [def.steps[i + 1]?.key as string] : []);
    return minutes(s.duration as Duration) + Math.max(0, ...next.map((k) => walk(index.get(k) as number)));
  };
  return walk(0);
}

describe("workflow properties (PRC-1)", () => {
  it("PRC-1: a workflow is accepted exactly when its longest path fits the statutory time", () => {
    fc.assert(
      fc.property(workflowArb, fc.integer({ min: 0, max: 60 }), (def, halfDaysAllowed) => {
        const statutory = days(halfDaysAllowed / 2);
        const longest = longestByEnumeration(def);
        const result = validateWorkflow(def, statutory, CAL);
        expect(result.ok).toBe(longest <= halfDaysAllowed * 240);
        if (result.ok) expect(result.total.amount).toBe(longest);
        else
          expect(result.errors).toMatchObject([{ code: "WORKFLOW_TOO_LONG", rule: "PRC-1", path: "steps" }]);
      }),
      { numRuns: 500 },
    );
  });

  it("PRC-1: lengthening any step on the longest path of a workflow that just fits makes it too long", () => {
    const minutes = (d: Duration) =>
      d.unit === "working_days" ? d.amount * 480 : d.unit === "half_days" ? d.amount * 240 : d.amount * 60;
    fc.assert(
      fc.property(workflowArb, fc.nat(), (def, pick) => {
        const result = validateWorkflow(def, days(1000), CAL);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const exact: StatutoryTime = { amount: result.total.amount / 60, unit: "working_hours" };
        expect(validateWorkflow(def, exact, CAL).ok).toBe(true);
        const key = result.total.longestPath[pick % result.total.longestPath.length];
        const longer = structuredClone(def);
        const target = longer.steps.find((s) => s.key === key) as { duration: Duration };
        target.duration = hours(minutes(target.duration) / 60 + 1);
        expect(validateWorkflow(longer, exact, CAL)).toMatchObject({
          ok: false,
          errors: [{ code: "WORKFLOW_TOO_LONG" }],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("PRC-1: a step that no other step leads to is always refused as unreachable", () => {
    fc.assert(
      fc.property(workflowArb, (def) => {
        const orphan = structuredClone(def);
        const last = orphan.steps[orphan.steps.length - 1] as { next?: string[] };
        last.next = [];
        orphan.steps.push({
          kind: "task",
          key: "mo-coi",
          name: "Bước mồ côi",
          unitId: UNIT,
          role: "specialist",
          duration: days(0),
        });
        // Nothing else names the new step (jumps only reach the original steps).
        const errors = errorsOf(orphan, days(1000));
        expect(errors).toContainEqual(
          expect.objectContaining({
            code: "WORKFLOW_UNREACHABLE_STEP",
            path: `steps[${orphan.steps.length - 1}]`,
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
