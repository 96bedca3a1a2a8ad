import { describe, expect, it } from "vitest";
import { officialScheduleExample } from "./official-schedule-example.ts";
import { readScheduleDraft } from "./schedule-draft.ts";

describe("official schedule draft (CAL-4 import preview)", () => {
  it("previews the example file", () => {
    const draft = readScheduleDraft(JSON.stringify(officialScheduleExample));
    expect(draft.status).toBe("ready");
    if (draft.status !== "ready") return;
    expect(draft.year).toBe("2027");
    expect(draft.entries[1]).toEqual({
      from: "2027-02-05",
      to: "2027-02-09",
      kind: "holiday",
      name: "Tết Nguyên đán Đinh Mùi",
    });
  });

  it("tells empty text, broken JSON and other JSON apart", () => {
    expect(readScheduleDraft("  ").status).toBe("empty");
    expect(readScheduleDraft("{ year: 2027").status).toBe("invalidJson");
    expect(readScheduleDraft('{"year": 2027}').status).toBe("notSchedule");
    expect(readScheduleDraft("[1, 2]").status).toBe("notSchedule");
  });

  it("shows odd values as text and leaves their judgement to the server", () => {
    const draft = readScheduleDraft('{"year":"x","entries":[{"from":20270101,"kind":null}, 5]}');
    expect(draft.status === "ready" && draft.entries).toEqual([
      { from: "20270101", to: "", kind: "", name: "" },
      { from: "", to: "", kind: "", name: "" },
    ]);
  });

  it("the example lists every date range inside its year, without overlaps", () => {
    const days = new Set<string>();
    for (const entry of officialScheduleExample.entries) {
      expect(entry.from.startsWith("2027-") && entry.to.startsWith("2027-")).toBe(true);
      for (let d = Date.parse(entry.from); d <= Date.parse(entry.to); d += 86_400_000) {
        const date = new Date(d).toISOString().slice(0, 10);
        expect(days.has(date)).toBe(false);
        days.add(date);
      }
    }
  });
});
