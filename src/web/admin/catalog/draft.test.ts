import { describe, expect, it } from "vitest";
import { draftProblems, emptyDraft } from "./draft.ts";

describe("checking a procedure draft in the browser (CFG-1)", () => {
  it("names each problem by its path, as the server does", () => {
    const draft = {
      ...emptyDraft(),
      name: "Cấp giấy phép",
      field: { code: "BXD-HDXD", name: "Hoạt động xây dựng" },
      resultName: "Giấy phép",
      steps: ["Nộp hồ sơ"],
      agencyIds: ["274968c6-7eed-49b9-b205-60f5f4207f19"],
      fees: [{ kind: "charge" as const, name: "Lệ phí", amount: 1.5, condition: "" }],
      processingTime: { amount: 2.5, unit: "calendar_days" as const },
      sameDayCutoff: "15:00",
    };
    expect(Object.keys(draftProblems(draft))).toEqual(["fees.0.amount"]);
    // Rules across fields (CAL-5, CAL-8) are checked once every field is well-formed.
    const problems = draftProblems({ ...draft, fees: [] });
    expect(Object.keys(problems).sort()).toEqual(["processingTime.amount", "sameDayCutoff"]);
    expect(problems.sameDayCutoff).toContain("CAL-8");
    expect(problems["processingTime.amount"]).toContain("CAL-5");
  });

  it("requires the essentials of a new procedure", () => {
    const problems = draftProblems(emptyDraft());
    expect(problems).toHaveProperty("name");
    expect(problems).toHaveProperty("agencyIds");
    expect(problems).toHaveProperty("steps.0");
    expect(problems).toHaveProperty("field.code");
  });
});
