import { describe, expect, it } from "vitest";
import { FormDefinition } from "../../domain/forms/definition.ts";
import { BIRTH_FORM, TEST_DIRECTORY, TODAY, validBirthData } from "../../domain/forms/test-support.ts";
import { validateSubmission } from "../../domain/forms/validate-submission.ts";
import {
  indexIssues,
  inputId,
  issuesInOrder,
  messageAt,
  messagesAt,
  normalizeIssuePath,
  unplacedIssues,
} from "./error-paths.ts";
import { inputPathsOf } from "./input-paths.ts";
import { visibilityOf } from "./visibility.ts";

const definition = FormDefinition.parse(BIRTH_FORM);
const issue = (path: string, code = "X", message = `${path} sai`) => ({ path, code, message });

/** The issues of a submission, and the inputs the renderer shows for it. */
function check(data: Record<string, unknown>) {
  const result = validateSubmission(definition, data, { today: TODAY, addresses: TEST_DIRECTORY });
  const issues = result.ok ? [] : result.errors;
  const paths = inputPathsOf(definition, data, visibilityOf(definition, data, issues));
  return { issues, paths, index: indexIssues(issues) };
}

describe("path → field error mapping (CFG-2)", () => {
  it("puts each problem of a submission on the input of its path: fields, address parts, group items", () => {
    const data = {
      ...validBirthData(),
      childName: "",
      birthPlace: { provinceCode: "38", communeCode: "01001", street: "" },
      copies: [{ purpose: "hoc" }, { purpose: "khac" }],
    };
    const { issues, paths, index } = check(data);
    expect(issues.map((i) => i.path).sort()).toEqual([
      "birthPlace.communeCode",
      "birthPlace.street",
      "childName",
      "copies[1].otherPurpose",
    ]);
    // In the order of the inputs on screen, whatever order the check found them in.
    expect(issuesInOrder(index, paths).map((i) => i.path)).toEqual([
      "childName",
      "birthPlace.communeCode",
      "birthPlace.street",
      "copies[1].otherPurpose",
    ]);
    // Every problem has an input to be shown at: nothing is left for the summary only.
    expect(unplacedIssues(index, new Set(paths))).toEqual([]);
    expect(messageAt(index, "birthPlace.communeCode")).toContain("không thuộc tỉnh");
    expect(messageAt(index, "copies[1].otherPurpose")).toContain("Mục đích khác");
    expect(messageAt(index, "copies[0].otherPurpose")).toBeUndefined();
    expect(messageAt(index, "birthPlace")).toBeUndefined();
  });

  it("shows a group's own problem on the group, and an item's on the item", () => {
    const tooMany = check({ ...validBirthData(), copies: [{ purpose: "hoc" }, { purpose: "hoc" }, {}, {}] });
    expect(messagesAt(tooMany.index, "copies")).toEqual(["“Bản sao đề nghị cấp” tối đa 3 mục."]);
    expect(tooMany.paths).toContain("copies");
    expect(tooMany.paths).toContain("copies[3].purpose");
    expect(messageAt(tooMany.index, "copies[3].purpose")).toContain("Vui lòng chọn");

    const notAnItem = check({ ...validBirthData(), copies: ["x"] });
    expect(messageAt(notAnItem.index, "copies[0]")).toContain("Mục thứ 1");
    expect(notAnItem.paths).toContain("copies[0]");
  });

  it("lists the problems in the order of the inputs on screen, then those no input has", () => {
    const index = indexIssues([issue("zzz"), issue("copies[0].purpose"), issue("childName"), issue("")]);
    const order = issuesInOrder(index, [
      "childName",
      "birthPlace",
      "copies",
      "copies[0]",
      "copies[0].purpose",
    ]);
    expect(order.map((i) => i.path)).toEqual(["childName", "copies[0].purpose", "zzz", ""]);
    expect(unplacedIssues(index, new Set(["childName", "copies[0].purpose"])).map((i) => i.path)).toEqual([
      "zzz",
      "",
    ]);
  });

  it("reads the server's paths in either form and keeps the same problem once", () => {
    expect(normalizeIssuePath("copies.1.purpose")).toBe("copies[1].purpose");
    expect(normalizeIssuePath("copies[1].purpose")).toBe("copies[1].purpose");
    expect(normalizeIssuePath("a.10")).toBe("a[10]");
    expect(normalizeIssuePath("version2.x")).toBe("version2.x");
    const index = indexIssues(
      [issue("copies[1].purpose", "REQUIRED", "Vui lòng chọn")],
      [issue("copies.1.purpose", "REQUIRED", "Vui lòng chọn"), issue("copies.1.purpose", "OTHER", "khác")],
    );
    expect(messagesAt(index, "copies[1].purpose")).toEqual(["Vui lòng chọn", "khác"]);
  });

  it("names inputs by their path, so that the summary can link to them", () => {
    expect(inputId("mc-form", "childName")).toBe("mc-form-childName");
    expect(inputId("mc-form", "copies[12].otherPurpose")).toBe("mc-form-copies-12-otherPurpose");
    expect(inputId("p", "birthPlace.communeCode")).toBe("p-birthPlace-communeCode");
  });
});
