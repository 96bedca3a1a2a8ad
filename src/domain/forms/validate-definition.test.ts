import { describe, expect, it } from "vitest";
import type { FormDefinitionInput } from "./definition.ts";
import { BIRTH_FORM } from "./test-support.ts";
import { validateFormDefinition } from "./validate-definition.ts";

const clone = (): FormDefinitionInput => structuredClone(BIRTH_FORM);
const errorsOf = (input: unknown) => {
  const result = validateFormDefinition(input);
  return result.ok ? [] : result.errors;
};
const fieldsOf = (def: FormDefinitionInput, section: number) =>
  def.sections[section]?.fields as Record<string, unknown>[];

describe("form definitions (CFG-2)", () => {
  it("CFG-2: a well-formed definition is accepted, trimmed and NFC-normalised", () => {
    const def = clone();
    // "Họ" typed in decomposed form (NFD) with spaces around it.
    (fieldsOf(def, 0)[0] as { label: string }).label = "  Ho\u0323, chữ đệm và tên ";
    const result = validateFormDefinition(def);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition.sections[0]?.fields[0]?.label).toBe("Họ, chữ đệm và tên");
  });

  it("CFG-2: schema problems come with their paths: unknown type, missing label, unknown property", () => {
    const def = clone();
    fieldsOf(def, 0)[1] = { key: "sex", type: "gender", label: "Giới tính" };
    delete fieldsOf(def, 1)[1]?.label;
    (fieldsOf(def, 2)[0] as Record<string, unknown>).mask = "99";
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[0].fields[1].type", "UNKNOWN_TYPE"],
      ["sections[1].fields[1].label", "MISSING"],
      ["sections[2].fields[0].mask", "UNKNOWN_PROPERTY"],
    ]);
  });

  it("CFG-2: duplicate section keys, field keys (across sections), sub-field keys and option values are refused", () => {
    const def = clone();
    if (def.sections[1]) def.sections[1].key = "child";
    (fieldsOf(def, 2)[1] as { key: string }).key = "childName";
    const group = fieldsOf(def, 2)[2] as { fields: { key: string }[] };
    if (group.fields[1]) group.fields[1].key = "purpose";
    const radio = fieldsOf(def, 0)[1] as { options: { value: string }[] };
    if (radio.options[1]) radio.options[1].value = "nam";
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[0].fields[1].options[1].value", "DUPLICATE_OPTION"],
      ["sections[1].key", "DUPLICATE_KEY"],
      ["sections[2].fields[1].key", "DUPLICATE_KEY"],
      ["sections[2].fields[2].fields[1].key", "DUPLICATE_KEY"],
    ]);
    expect(errorsOf(def)[2]?.message).toBe('Mã trường "childName" đã được dùng ở sections[0].fields[0].');
  });

  it("CFG-2: a condition naming an unknown field is refused at visibleWhen.field", () => {
    const def = clone();
    (fieldsOf(def, 1)[2] as { visibleWhen: { field: string } }).visibleWhen.field = "hasMother";
    expect(errorsOf(def)).toEqual([
      {
        path: "sections[1].fields[2].visibleWhen.field",
        code: "UNKNOWN_FIELD",
        message: 'Không có trường "hasMother" trong biểu mẫu.',
      },
    ]);
  });

  it("CFG-2: a field outside a group cannot depend on a sub-field of the group", () => {
    const def = clone();
    fieldsOf(def, 2)[3] = { ...fieldsOf(def, 2)[3], visibleWhen: { field: "purpose", equals: "hoc" } };
    expect(errorsOf(def)).toMatchObject([
      {
        path: "sections[2].fields[3].visibleWhen.field",
        code: "UNKNOWN_FIELD",
        message: expect.stringContaining("nhóm"),
      },
    ]);
  });

  it("CFG-2: cyclic conditions are refused, naming the circle", () => {
    const def = clone();
    (fieldsOf(def, 1)[0] as Record<string, unknown>).visibleWhen = { field: "fatherName", notEmpty: true };
    const errors = errorsOf(def);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "CYCLIC_CONDITION",
      path: "sections[1].fields[0].visibleWhen.field",
    });
    expect(errors[0]?.message).toContain("hasFather → fatherName → hasFather");
  });

  it("CFG-2: a field depending on itself, and a section depending on its own field, are cycles", () => {
    const self = clone();
    (fieldsOf(self, 0)[4] as Record<string, unknown>).visibleWhen = { field: "weightGrams", notEmpty: true };
    expect(errorsOf(self).map((e) => [e.path, e.code])).toEqual([
      ["sections[0].fields[4].visibleWhen.field", "CYCLIC_CONDITION"],
    ]);
    const section = clone();
    if (section.sections[1]) section.sections[1].visibleWhen = { field: "hasFather", equals: true };
    expect(errorsOf(section).map((e) => [e.path, e.code])).toEqual([
      ["sections[1].visibleWhen.field", "CYCLIC_CONDITION"],
    ]);
  });

  it("CFG-2: sub-fields of a group may depend on each other, but not in a circle", () => {
    const def = clone();
    const group = fieldsOf(def, 2)[2] as { fields: Record<string, unknown>[] };
    expect(errorsOf(def)).toEqual([]);
    if (group.fields[0]) group.fields[0].visibleWhen = { field: "otherPurpose", notEmpty: true };
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[2].fields[2].fields[0].visibleWhen.field", "CYCLIC_CONDITION"],
    ]);
  });

  it("CFG-2: a condition value must be one the field can take", () => {
    const def = clone();
    (fieldsOf(def, 1)[1] as Record<string, unknown>).visibleWhen = { field: "hasFather", equals: "yes" };
    (fieldsOf(def, 0)[4] as Record<string, unknown>).visibleWhen = { field: "sex", in: ["nam", "khac"] };
    (fieldsOf(def, 1)[2] as Record<string, unknown>).visibleWhen = { field: "birthPlace", equals: "38" };
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[0].fields[4].visibleWhen.in[1]", "CONDITION_VALUE"],
      ["sections[1].fields[1].visibleWhen.equals", "CONDITION_VALUE"],
      ["sections[1].fields[2].visibleWhen.equals", "CONDITION_VALUE"],
    ]);
  });

  it("CFG-2: a condition needs exactly one comparison", () => {
    const def = clone();
    (fieldsOf(def, 1)[1] as Record<string, unknown>).visibleWhen = {
      field: "hasFather",
      equals: true,
      notEmpty: true,
    };
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[1].fields[1].visibleWhen", "CONDITION_FORM"],
    ]);
  });

  it("CFG-2: impossible ranges, bad date bounds, bad patterns and a wrong birth-date field are refused", () => {
    const def = clone();
    Object.assign(fieldsOf(def, 0)[0] as object, {
      minLength: 50,
      maxLength: 10,
      pattern: { regex: "([", message: "x" },
    });
    Object.assign(fieldsOf(def, 0)[2] as object, { min: "2026-02-30" });
    Object.assign(fieldsOf(def, 0)[4] as object, { min: 10, max: 1 });
    Object.assign(fieldsOf(def, 1)[2] as object, { min: "today", max: "today-18y" });
    Object.assign(fieldsOf(def, 1)[3] as object, { birthDateField: "fatherName" });
    Object.assign(fieldsOf(def, 2)[2] as object, { minItems: 4, maxItems: 3 });
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["sections[0].fields[0].minLength", "RANGE_INVALID"],
      ["sections[0].fields[0].pattern.regex", "PATTERN_INVALID"],
      ["sections[0].fields[2].min", "DATE_BOUND_INVALID"],
      ["sections[0].fields[4].min", "RANGE_INVALID"],
      ["sections[1].fields[2].min", "RANGE_INVALID"],
      ["sections[2].fields[2].minItems", "RANGE_INVALID"],
      ["sections[1].fields[3].birthDateField", "BIRTH_DATE_FIELD"],
    ]);
  });

  it("CFG-2: groups do not nest, and only schemaVersion 1 is known", () => {
    const def = clone() as unknown as Record<string, unknown>;
    def.schemaVersion = 2;
    const group = fieldsOf(def as unknown as FormDefinitionInput, 2)[2] as { fields: unknown[] };
    group.fields.push({ key: "inner", type: "group", label: "Nhóm con", fields: [] });
    expect(errorsOf(def).map((e) => [e.path, e.code])).toEqual([
      ["schemaVersion", "INVALID_VALUE"],
      ["sections[2].fields[2].fields[2].type", "UNKNOWN_TYPE"],
    ]);
  });

  it("CFG-2: anything but an object is refused at the root", () => {
    expect(errorsOf(null)).toMatchObject([{ path: "", code: "INVALID_TYPE" }]);
    expect(errorsOf({})).toMatchObject([
      { path: "schemaVersion", code: "MISSING" },
      { path: "title", code: "MISSING" },
      { path: "sections", code: "MISSING" },
    ]);
  });
});
