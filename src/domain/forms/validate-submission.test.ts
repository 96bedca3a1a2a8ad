import { describe, expect, it } from "vitest";
import { BIRTH_FORM, TEST_DIRECTORY, TODAY, validBirthData } from "./test-support.ts";
import { validateFormDefinition } from "./validate-definition.ts";
import { type SubmissionOptions, validateSubmission, vietnameseNumber } from "./validate-submission.ts";

const parsed = validateFormDefinition(BIRTH_FORM);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const form = parsed.definition;
const options: SubmissionOptions = { today: TODAY, addresses: TEST_DIRECTORY };

const check = (data: unknown, opts: SubmissionOptions = options) => validateSubmission(form, data, opts);
const errorsOf = (data: unknown, opts?: SubmissionOptions) => {
  const result = check(data, opts);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.code]);
};
const withData = (changes: Record<string, unknown>) => ({ ...validBirthData(), ...changes });

describe("submissions (CFG-2, REC-4)", () => {
  it("REC-4: a complete submission is accepted and its values cleaned", () => {
    const result = check(
      withData({
        childName: "  Nguye\u0302\u0303n   Văn An ",
        requesterPhone: "+84 912.345.678",
        fatherId: "038 090 001 234",
        extra: "dropped",
      }),
    );
    // Name and ID number cleaned back to the valid data; the phone number to its national form.
    expect(result).toEqual({ ok: true, values: { ...validBirthData(), requesterPhone: "0912345678" } });
  });

  it("CFG-2: missing required values are reported with paths and Vietnamese messages", () => {
    const result = check({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ["childName", "REQUIRED"],
      ["sex", "REQUIRED"],
      ["birthDate", "REQUIRED"],
      ["birthPlace.provinceCode", "REQUIRED"],
      ["birthPlace.communeCode", "REQUIRED"],
      ["birthPlace.street", "REQUIRED"],
      ["requesterPhone", "REQUIRED"],
      ["declare", "REQUIRED"],
    ]);
    expect(result.errors[0]?.message).toBe("Vui lòng nhập “Họ, chữ đệm và tên”.");
    expect(result.errors[1]?.message).toBe("Vui lòng chọn “Giới tính”.");
    expect(result.errors[7]?.message).toBe("Vui lòng đánh dấu “Tôi cam đoan nội dung khai là đúng sự thật”.");
  });

  it("CFG-2: hidden fields are neither required nor kept, whatever they hold", () => {
    const result = check(
      withData({ hasFather: false, fatherName: 42, fatherId: "not a number", fatherBirthDate: "yesterday" }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.values).not.toHaveProperty("fatherName");
      expect(result.values).not.toHaveProperty("fatherId");
      expect(result.values.hasFather).toBe(false);
    }
    // Visible again: now required and checked.
    expect(errorsOf(withData({ fatherName: "" }))).toEqual([["fatherName", "REQUIRED"]]);
  });

  it("CFG-2: conditions inside a repeatable group look at the sibling of the same item", () => {
    const data = withData({ copies: [{ purpose: "hoc", otherPurpose: "ignored" }, { purpose: "khac" }] });
    expect(errorsOf(data)).toEqual([["copies[1].otherPurpose", "REQUIRED"]]);
    const ok = check(
      withData({
        copies: [
          { purpose: "hoc", otherPurpose: "x" },
          { purpose: "khac", otherPurpose: "Du lịch" },
        ],
      }),
    );
    expect(ok.ok && ok.values.copies).toEqual([
      { purpose: "hoc" },
      { purpose: "khac", otherPurpose: "Du lịch" },
    ]);
  });

  it("CFG-2: repeatable groups respect their item limits and item shape", () => {
    const four = Array.from({ length: 4 }, () => ({ purpose: "hoc" }));
    expect(errorsOf(withData({ copies: four }))).toEqual([["copies", "TOO_MANY_ITEMS"]]);
    expect(errorsOf(withData({ copies: "hoc" }))).toEqual([["copies", "NOT_A_LIST"]]);
    expect(errorsOf(withData({ copies: [null, { purpose: "x" }] }))).toEqual([
      ["copies[0]", "NOT_AN_OBJECT"],
      ["copies[1].purpose", "NOT_AN_OPTION"],
    ]);
    const empty = check(withData({ copies: undefined }));
    expect(empty.ok && empty.values.copies).toEqual([]);
  });

  it("CFG-2: numbers, dates, options, e-mails and types are checked", () => {
    expect(
      errorsOf(
        withData({
          weightGrams: 3200.5,
          birthDate: "2026-07-10",
          sex: "khac",
          requesterEmail: "an@",
          childName: 12,
        }),
      ),
    ).toEqual([
      ["childName", "NOT_TEXT"],
      ["sex", "NOT_AN_OPTION"],
      ["birthDate", "DATE_TOO_LATE"],
      ["weightGrams", "NOT_INTEGER"],
      ["requesterEmail", "INVALID_EMAIL"],
    ]);
    const late = check(withData({ birthDate: "2026-07-10" }));
    expect(!late.ok && late.errors[0]?.message).toBe(
      "“Ngày, tháng, năm sinh” không được sau ngày hôm nay (09/07/2026).",
    );
    expect(errorsOf(withData({ weightGrams: 9000 }))).toEqual([["weightGrams", "TOO_LARGE"]]);
    expect(errorsOf(withData({ weightGrams: "3200" }))).toEqual([["weightGrams", "NOT_A_NUMBER"]]);
    expect(errorsOf(withData({ birthDate: "2026-02-30" }))).toEqual([["birthDate", "INVALID_DATE"]]);
  });

  it("CFG-2: phone numbers follow the Vietnamese formats (mobile only here)", () => {
    for (const phone of ["0912345678", "+84 38 123 4567", "84-868-123-456", "(059) 912 3456"]) {
      expect(errorsOf(withData({ requesterPhone: phone })), phone).toEqual([]);
    }
    for (const phone of ["0212345678", "091234567", "02373852466", "0412345678"]) {
      expect(errorsOf(withData({ requesterPhone: phone })), phone).toEqual([
        ["requesterPhone", "INVALID_PHONE"],
      ]);
    }
  });

  it("CFG-2: an ID number is a 12-digit CCCD (or a 9-digit CMND where accepted) matching the birth year", () => {
    expect(errorsOf(withData({ fatherId: "123456789" }))).toEqual([]);
    expect(errorsOf(withData({ fatherId: "03809000123" }))).toEqual([["fatherId", "INVALID_ID_NUMBER"]]);
    // 4th digit 2 = born in the 2000s: 2090 is in the future.
    expect(errorsOf(withData({ fatherId: "038290001234" }))).toEqual([["fatherId", "INVALID_ID_NUMBER"]]);
    // Encodes 1991 while the date of birth says 1990.
    const mismatch = check(withData({ fatherId: "038091001234" }));
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) {
      expect(mismatch.errors).toEqual([
        {
          path: "fatherId",
          code: "ID_BIRTH_YEAR_MISMATCH",
          message:
            "“Số định danh cá nhân của cha” không khớp với năm sinh 1990 ở “Ngày sinh của cha” (chữ số thứ 4–6 của số định danh cho năm sinh 1991).",
        },
      ]);
    }
    // Without a date of birth there is nothing to compare.
    expect(errorsOf(withData({ fatherId: "038091001234", fatherBirthDate: "" }))).toEqual([]);
  });

  it("CFG-2: addresses are checked against the directory of provinces and communes (two tiers)", () => {
    const at = (birthPlace: unknown) => errorsOf(withData({ birthPlace }));
    expect(at({ provinceCode: "99", communeCode: "38001", street: "x" })).toEqual([
      ["birthPlace.provinceCode", "UNKNOWN_PROVINCE"],
    ]);
    expect(at({ provinceCode: "38", communeCode: "38999", street: "x" })).toEqual([
      ["birthPlace.communeCode", "UNKNOWN_COMMUNE"],
    ]);
    expect(at({ provinceCode: "38", communeCode: "01001", street: "x" })).toEqual([
      ["birthPlace.communeCode", "COMMUNE_NOT_IN_PROVINCE"],
    ]);
    expect(at("Thanh Hóa")).toEqual([["birthPlace", "NOT_AN_OBJECT"]]);
    // Without a directory only the shape is checked.
    expect(
      errorsOf(withData({ birthPlace: { provinceCode: "99", communeCode: "1", street: "x" } }), {
        today: TODAY,
      }),
    ).toEqual([]);
  });

  it("CFG-2: data that is not an object is refused as a whole", () => {
    expect(check([1, 2])).toEqual({
      ok: false,
      errors: [
        { path: "", code: "NOT_AN_OBJECT", message: "Dữ liệu của biểu mẫu phải là một đối tượng JSON." },
      ],
    });
  });

  it("checking cleaned values again gives them back unchanged", () => {
    const first = check(withData({ childName: " Lê   Thị  Hoa ", requesterPhone: "84 912 345 678" }));
    expect(first.ok).toBe(true);
    if (first.ok) expect(check(first.values)).toEqual(first);
  });

  it("numbers in messages are written the Vietnamese way", () => {
    expect(vietnameseNumber(1234567.5)).toBe("1.234.567,5");
    expect(vietnameseNumber(-300)).toBe("-300");
  });
});
