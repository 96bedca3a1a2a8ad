import { describe, expect, it } from "vitest";
import { RULE_CITATIONS } from "../../../domain/rule-citations.ts";
import { ruleCitation } from "./rule-citation.ts";

describe("rule IDs shown as the regulation's article in words", () => {
  it("CAN-1: a refusal citing CAN-1 reads as the clause of the regulation, not the ID", () => {
    expect(ruleCitation("CAN-1", "vi")).toBe(
      "Khoản 1 Điều 20 Quy chế hoạt động của Hệ thống thông tin giải quyết TTHC tỉnh Vĩnh Phúc (2024)",
    );
    expect(ruleCitation("REC-3", "vi")).toMatch(/^Điểm a khoản 2 Điều 15 /);
    expect(ruleCitation("CODE-1", "vi")).toBe("Điều 26 Nghị định 61/2018/NĐ-CP");
    expect(ruleCitation("PRC-5", "en")).toMatch(/^Article 16\(3\), Quy chế/);
  });

  it("an unknown or missing rule shows nothing rather than the ID", () => {
    expect(ruleCitation("ZZZ-1", "vi")).toBeNull();
    expect(ruleCitation(null, "vi")).toBeNull();
  });

  it("every rule the dossier domain cites has a citation", async () => {
    const { DossierErrors } = await import("../../../domain/dossier/errors.ts");
    const { SUB_DEADLINE_RULES } = await import("../../../domain/dossier/sub-deadlines.ts");
    const rules = new Set(Object.values(SUB_DEADLINE_RULES).map((entry) => entry.rule));
    for (const make of Object.values(DossierErrors)) {
      const error = (make as (...args: never[]) => { rule?: string })(...([] as never[]));
      if (error.rule) rules.add(error.rule);
    }
    for (const rule of rules) expect(RULE_CITATIONS[rule], rule).toBeDefined();
  });
});
