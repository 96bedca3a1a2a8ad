import { describe, expect, it } from "vitest";
import { readAgencyImportDraft } from "./import-draft.ts";

const existing = new Set(["000.00.00.H56", "000.00.06.H56"]);

describe("agency tree import preview (CFG-3)", () => {
  it("counts the agencies of an exported document and names the new ones", () => {
    const draft = readAgencyImportDraft(
      JSON.stringify({
        format: "motcua.agencies/1",
        agencies: [
          { code: "000.00.00.H56", parentCode: null, name: "UBND tỉnh" },
          { code: "000.00.06.h56", parentCode: "000.00.00.H56", name: "Sở Tư pháp" },
          { code: "000.00.11.H56", parentCode: "000.00.00.H56", name: "Sở Giáo dục và Đào tạo" },
        ],
      }),
      existing,
    );
    expect(draft.status).toBe("ready");
    if (draft.status !== "ready") return;
    expect(draft.rows).toHaveLength(3);
    expect(draft.rows[0]?.parentCode).toBe("");
    expect(draft.newCodes).toEqual(["000.00.11.H56"]);
  });

  it("tells empty text, broken JSON and other JSON apart", () => {
    expect(readAgencyImportDraft(" ", existing).status).toBe("empty");
    expect(readAgencyImportDraft("{", existing).status).toBe("invalidJson");
    expect(readAgencyImportDraft('{"format":"motcua.agencies/1"}', existing).status).toBe("notTree");
  });
});
