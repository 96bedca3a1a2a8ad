import { describe, expect, it } from "vitest";
import type { PublicAgency } from "../../contracts/agencies.ts";
import { groupAgencies, indexAgencies } from "./agency-groups.ts";

function agency(over: Partial<PublicAgency> & Pick<PublicAgency, "id" | "name" | "level">): PublicAgency {
  return {
    parentId: null,
    code: `000.00.00.${over.id}`,
    address: "Vĩnh Yên",
    dutyOfficerName: null,
    dutyOfficerPhone: null,
    ...over,
  };
}

const agencies = [
  agency({ id: "p", name: "UBND Tỉnh Vĩnh Phúc", level: "province" }),
  agency({ id: "d2", name: "Sở Y tế", level: "department", parentId: "p" }),
  agency({
    id: "d1",
    name: "Sở Tư pháp",
    level: "department",
    parentId: "p",
    dutyOfficerName: "Trần Thị Đào",
  }),
  agency({ id: "c1", name: "UBND Phường Đồng Tâm", level: "commune", parentId: "p" }),
  agency({ id: "u1", name: "Phòng Công chứng số 1", level: "unit", parentId: "d1" }),
];

describe("groupAgencies", () => {
  it("groups by level in the directory order, sorted by Vietnamese name", () => {
    const groups = groupAgencies(indexAgencies(agencies), "");
    expect(groups.map((g) => g.level)).toEqual(["province", "department", "commune", "unit"]);
    expect(groups[1]?.agencies.map((a) => a.agency.name)).toEqual(["Sở Tư pháp", "Sở Y tế"]);
  });

  it("names the parent unless it is the root, and finds a unit by its parent's name", () => {
    const found = groupAgencies(indexAgencies(agencies), "tu phap").flatMap((g) => g.agencies);
    expect(found.map((a) => [a.agency.id, a.parentName])).toEqual([
      ["d1", null],
      ["u1", "Sở Tư pháp"],
    ]);
  });

  it("filters without diacritics and by duty officer, dropping empty groups", () => {
    expect(groupAgencies(indexAgencies(agencies), "dong tam").map((g) => g.level)).toEqual(["commune"]);
    expect(
      groupAgencies(indexAgencies(agencies), "dao").flatMap((g) => g.agencies.map((a) => a.agency.id)),
    ).toEqual(["d1"]);
    expect(groupAgencies(indexAgencies(agencies), "khong co")).toEqual([]);
  });
});
