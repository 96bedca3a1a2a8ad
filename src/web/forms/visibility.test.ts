import { describe, expect, it } from "vitest";
import { FormDefinition } from "../../domain/forms/definition.ts";
import { BIRTH_FORM, TEST_DIRECTORY, TODAY, validBirthData } from "../../domain/forms/test-support.ts";
import { validateSubmission } from "../../domain/forms/validate-submission.ts";
import { inputPathsOf, setIn } from "./input-paths.ts";
import { parseNumber } from "./number-text.ts";
import { visibilityOf } from "./visibility.ts";

const birth = FormDefinition.parse(BIRTH_FORM);

function visibility(definition: FormDefinition, data: Record<string, unknown>) {
  const result = validateSubmission(definition, data, { today: TODAY, addresses: TEST_DIRECTORY });
  return { result, visible: visibilityOf(definition, data, result.ok ? [] : result.errors) };
}

describe("the renderer shows exactly the fields validateSubmission checks (CFG-2)", () => {
  it("hides the father's fields until the box is ticked, as the check ignores them", () => {
    const data = { ...validBirthData(), hasFather: false, fatherName: "" };
    const { result, visible } = visibility(birth, data);
    expect(visible.field("fatherName")).toBe(false);
    expect(visible.field("fatherId")).toBe(false);
    expect(result.ok).toBe(true);

    const shown = visibility(birth, { ...data, hasFather: true });
    expect(shown.visible.field("fatherName")).toBe(true);
    expect(shown.result.ok ? [] : shown.result.errors.map((e) => e.path)).toContain("fatherName");
  });

  it("decides a group item's sub-field by its sibling", () => {
    const data = { ...validBirthData(), copies: [{ purpose: "hoc" }, { purpose: "khac" }] };
    const { visible } = visibility(birth, data);
    expect(visible.subField("copies", 0, "otherPurpose")).toBe(false);
    expect(visible.subField("copies", 1, "otherPurpose")).toBe(true);
    expect(visible.subField("copies", 1, "purpose")).toBe(true);
  });

  it("lets a condition see only a valid value, as the check does", () => {
    const definition = FormDefinition.parse({
      schemaVersion: 1,
      title: "T",
      sections: [
        {
          key: "s",
          title: "S",
          fields: [
            { key: "phone", type: "phone", label: "Điện thoại" },
            {
              key: "why",
              type: "text",
              label: "Vì sao",
              required: true,
              visibleWhen: { field: "phone", notEmpty: true },
            },
            { key: "kind", type: "select", label: "Loại", options: [{ value: "a", label: "A" }] },
            { key: "more", type: "text", label: "Thêm", visibleWhen: { field: "kind", equals: "a" } },
          ],
        },
        {
          key: "t",
          title: "T2",
          visibleWhen: { field: "kind", in: ["a"] },
          fields: [{ key: "late", type: "text", label: "Sau" }],
        },
      ],
    });
    const bad = visibility(definition, { phone: "123", kind: "zz" });
    expect(bad.visible.field("why")).toBe(false);
    expect(bad.visible.field("more")).toBe(false);
    expect(bad.visible.section(1)).toBe(false);
    expect(bad.result.ok ? [] : bad.result.errors.map((e) => e.path)).toEqual(["phone", "kind"]);

    const good = visibility(definition, { phone: "0912 345 678", kind: " a " });
    expect(good.visible.field("why")).toBe(true);
    expect(good.visible.field("more")).toBe(true);
    expect(good.visible.section(1)).toBe(true);
    expect(good.visible.field("late")).toBe(true);
    expect(good.result.ok ? [] : good.result.errors.map((e) => e.path)).toEqual(["why"]);
  });

  it("lists an input for every visible field, each address part and each item", () => {
    const data = { ...validBirthData(), copies: [{ purpose: "khac" }] };
    const { visible } = visibility(birth, data);
    expect(inputPathsOf(birth, data, visible)).toEqual([
      "childName",
      "sex",
      "birthDate",
      "birthPlace",
      "birthPlace.provinceCode",
      "birthPlace.communeCode",
      "birthPlace.street",
      "weightGrams",
      "hasFather",
      "fatherName",
      "fatherBirthDate",
      "fatherId",
      "requesterPhone",
      "requesterEmail",
      "copies",
      "copies[0]",
      "copies[0].purpose",
      "copies[0].otherPurpose",
      "declare",
    ]);
  });
});

describe("editing values", () => {
  it("replaces one value without touching the others, creating items as needed", () => {
    const data = { a: "x", copies: [{ purpose: "hoc" }] };
    const next = setIn(data, ["copies", 1, "purpose"], "khac");
    expect(next).toEqual({ a: "x", copies: [{ purpose: "hoc" }, { purpose: "khac" }] });
    expect(data.copies).toHaveLength(1);
    expect(next.copies).not.toBe(data.copies);
    expect(setIn(next, ["a"], undefined)).toEqual({ copies: next.copies });
    expect(setIn({}, ["addr", "street"], "1 Lê Lợi")).toEqual({ addr: { street: "1 Lê Lợi" } });
  });

  it("reads numbers as Vietnamese write them", () => {
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("12")).toBe(12);
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("1.5")).toBe(1.5);
    expect(parseNumber("1.234.567")).toBe(1234567);
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("12a")).toBe("12a");
  });
});
