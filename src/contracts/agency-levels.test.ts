import { describe, expect, it } from "vitest";
import { CreateAgency, PublicAgency, UpdateAgency } from "./agencies.ts";
import { ProcedureContent, ProcedureDraft } from "./catalog.ts";

/**
 * REC-9 and the 2025 two-tier local government (province, commune): new or changed agencies and
 * procedure versions take no district level; what was recorded at district level still reads.
 */

const AGENCY_ID = "7d0c1c38-8a5e-4f57-9f55-2b1c0a8e4d21";

const agency = (level: string) => ({
  parentId: null,
  code: "000.00.70.H56",
  name: "UBND xã Quảng Phú",
  level,
  address: "",
  dutyOfficerName: null,
  dutyOfficerPhone: null,
});

const content = (levels: string[]) => ({
  name: "Đăng ký khai sinh",
  field: { code: "BTP-HOTICH", name: "Hộ tịch" },
  levels,
  applicantTypes: ["individual"],
  serviceLevel: "full_online",
  processingTime: { amount: 1, unit: "working_days" },
  steps: ["Nộp hồ sơ", "Nhận kết quả"],
  requirements: [],
  legalBasis: [],
  resultName: "Giấy khai sinh",
  digitalSignatureRequired: false,
  electronicResult: true,
});

describe("agency and procedure levels after the 2025 reform", () => {
  it("REC-9: a new or changed agency cannot be at district level; a commune can", () => {
    expect(CreateAgency.safeParse(agency("commune")).success).toBe(true);
    for (const schema of [CreateAgency, UpdateAgency]) {
      const parsed = schema.safeParse(agency("district"));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain("không còn cấp huyện");
    }
  });

  it("REC-9: a draft version cannot be carried out at district level; province and commune can", () => {
    expect(
      ProcedureDraft.safeParse({ ...content(["department", "commune"]), agencyIds: [AGENCY_ID] }).success,
    ).toBe(true);
    const parsed = ProcedureDraft.safeParse({ ...content(["commune", "district"]), agencyIds: [AGENCY_ID] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["levels.1"]);
  });

  it("agencies and versions recorded at district level before still read", () => {
    expect(PublicAgency.safeParse({ ...agency("district"), id: AGENCY_ID }).success).toBe(true);
    expect(ProcedureContent.safeParse(content(["district"])).success).toBe(true);
  });
});
