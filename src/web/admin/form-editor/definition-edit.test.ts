import { describe, expect, it } from "vitest";
import { validateFormDefinition } from "../../../domain/forms/validate-definition.ts";
import {
  conditionTargets,
  type DraftDefinition,
  editableDefinition,
  keyFollowsLabel,
  keyFromLabel,
  moveAt,
  renameReferences,
  uniqueKey,
  withType,
} from "./definition-edit.ts";
import { issueLookup } from "./issue-lookup.ts";

const form = (): DraftDefinition => ({
  schemaVersion: 1,
  title: "Tờ khai",
  sections: [
    {
      key: "chung",
      title: "Thông tin chung",
      fields: [
        {
          key: "loai",
          type: "radio",
          label: "Loại",
          options: [
            { value: "a", label: "A" },
            { value: "b", label: "B" },
          ],
        },
        { key: "lyDo", type: "text", label: "Lý do", visibleWhen: { field: "loai", equals: "b" } },
        {
          key: "banSao",
          type: "group",
          label: "Bản sao",
          fields: [
            { key: "soBan", type: "number", label: "Số bản" },
            {
              key: "mucDich",
              type: "text",
              label: "Mục đích",
              visibleWhen: { field: "soBan", notEmpty: true },
            },
          ],
        },
      ],
    },
  ],
});

describe("the visual form editor's edits (CFG-2)", () => {
  it("CFG-2: derives keys from Vietnamese labels without diacritics, in camelCase, unique", () => {
    expect(keyFromLabel("Họ, chữ đệm và tên")).toBe("hoChuDemVaTen");
    expect(keyFromLabel("Đường/phố")).toBe("duongPho");
    expect(keyFromLabel("2 bản sao")).toBe("truong2BanSao");
    expect(keyFromLabel("  ")).toBe("truong");
    expect(keyFromLabel("x".repeat(80))).toHaveLength(64);
    expect(uniqueKey("lyDo", new Set(["lyDo", "lyDo2"]))).toBe("lyDo3");
    expect(keyFollowsLabel("lyDo2", "Lý do")).toBe(true);
    expect(keyFollowsLabel("maRieng", "Lý do")).toBe(false);
  });

  it("CFG-2: reads only what has a form's structure", () => {
    expect(editableDefinition(form())).not.toBeNull();
    expect(editableDefinition({ sections: "x" })).toBeNull();
    expect(editableDefinition({ sections: [{ fields: [{ type: "group", fields: 3 }] }] })).toBeNull();
    expect(editableDefinition([1])).toBeNull();
  });

  it("CFG-2: a new type keeps what every field has and gets what the type needs", () => {
    const field = { key: "lyDo", type: "text", label: "Lý do", required: true, maxLength: 20 };
    const choice = withType(field, "select");
    expect(choice).toEqual({
      type: "select",
      key: "lyDo",
      label: "Lý do",
      required: true,
      options: [{ value: "luaChon1", label: "Lựa chọn 1" }],
    });
    expect(withType(choice, "group").fields).toHaveLength(1);
    const definition = form();
    definition.sections[0]?.fields.push(withType({ key: "x", label: "X" }, "group"));
    expect(validateFormDefinition(definition).ok).toBe(true);
  });

  it("CFG-2: a renamed key is followed by the conditions that named it, a sub-field's only in its group", () => {
    const top = renameReferences(form(), "loai", "loaiYeuCau");
    expect(top.sections[0]?.fields[1]?.visibleWhen).toEqual({ field: "loaiYeuCau", equals: "b" });
    const sub = renameReferences(form(), "soBan", "soLuong", "banSao");
    expect(sub.sections[0]?.fields[2]?.fields?.[1]?.visibleWhen).toEqual({
      field: "soLuong",
      notEmpty: true,
    });
  });

  it("CFG-2: a condition may name a sibling in its group or a top-level field, never itself", () => {
    const definition = form();
    const group = definition.sections[0]?.fields[2];
    expect(conditionTargets(definition, "mucDich", group).map((t) => t.key)).toEqual([
      "soBan",
      "loai",
      "lyDo",
    ]);
    expect(conditionTargets(definition, "lyDo").map((t) => t.key)).toEqual(["loai", "banSao"]);
  });

  it("moves within the list's ends", () => {
    expect(moveAt(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveAt(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });

  it("CFG-2: every problem of a field is shown once: at its input, or listed in its card", () => {
    const issues = issueLookup([
      { path: "sections[0].fields[1].label", code: "MISSING", message: "bắt buộc phải có" },
      { path: "sections[0].fields[1].pattern.regex", code: "PATTERN_INVALID", message: "sai" },
      { path: "sections[0].fields[1].fields[0].key", code: "DUPLICATE_KEY", message: "trùng" },
      { path: "sections[0].fields[10].key", code: "DUPLICATE_KEY", message: "trùng" },
    ]);
    expect(issues.at("sections[0].fields[1].label")).toBe("bắt buộc phải có");
    const rest = issues.rest("sections[0].fields[1]", ["label"], ["fields"]);
    expect(rest.map((issue) => issue.code)).toEqual(["PATTERN_INVALID"]);
  });
});
