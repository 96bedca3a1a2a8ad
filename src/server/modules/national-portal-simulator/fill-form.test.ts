import { describe, expect, it } from "vitest";
import { FormDefinition } from "../../../domain/forms/definition.ts";
import { validateSubmission } from "../../../domain/forms/validate-submission.ts";
import { DEMO_EID_ACCOUNTS, fullNameOf } from "../../db/seed/demo-citizens.ts";
import { FORMS } from "../../db/seed/demo-forms-workflows.ts";
import { fillForm } from "./fill-form.ts";
import { samplePdf } from "./sample-pdf.ts";

const account = DEMO_EID_ACCOUNTS[0];
const applicant = {
  name: account ? fullNameOf(account) : "",
  idNumber: account?.identityNumber ?? "",
  phone: account?.phoneNumber ?? "",
  email: account?.email ?? "",
};
const DIRECTORY = {
  provinces: [{ code: "38", name: "Tỉnh Thanh Hóa" }],
  communes: [{ code: "38001", name: "Phường Hạc Thành", provinceCode: "38" }],
};

describe("the simulator's submissions carry valid e-form data (REC-10)", () => {
  it.each(FORMS.map((form) => [form.code, form.definition] as const))(
    "REC-10: the filled-in demo form of %s passes motcua's validateSubmission",
    (_code, input) => {
      const definition = FormDefinition.parse(input);
      for (const today of ["2026-12-07", "2027-02-28"]) {
        const data = fillForm(definition, applicant, today);
        const result = validateSubmission(definition, data, { today, addresses: DIRECTORY });
        expect(result.ok ? [] : result.errors).toEqual([]);
      }
    },
  );

  it("REC-10: the applicant's own data fills the fields pre-filled from the e-ID", () => {
    const birth = FORMS.find((form) => form.code === "1.001193");
    const data = fillForm(FormDefinition.parse(birth?.definition), applicant, "2026-12-07");
    expect(data).toMatchObject({
      hoTenNguoiYeuCau: applicant.name,
      soDinhDanhNguoiYeuCau: applicant.idNumber,
    });
  });

  it("REC-10: the sample paper is a PDF with a correct cross-reference table", () => {
    const pdf = samplePdf("Tờ khai đăng ký khai sinh (bản chụp)").toString("latin1");
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe("xref");
    const offsets = Array.from(pdf.matchAll(/(\d{10}) 00000 n \n/g), (m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => {
      expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    });
    expect(pdf).toContain("(To khai dang ky khai sinh \\(ban chup\\)) Tj");
  });
});
