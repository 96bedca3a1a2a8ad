import { describe, expect, it } from "vitest";
import { dayNumberFromIso, isWeekend } from "./dates.ts";
import { defaultHolidays } from "./holidays.ts";

const datesOf = (year: number, kind: "holiday" | "compensatory") =>
  defaultHolidays(year)
    .filter((entry) => entry.kind === kind)
    .map((entry) => entry.date);

describe("default holidays", () => {
  it("CAL-2: the 11 holidays of 2026 (Tết = last day of the lunar year + mùng 1–4; 2/9 with 1/9)", () => {
    expect(defaultHolidays(2026).filter((entry) => entry.kind === "holiday")).toEqual([
      { date: "2026-01-01", kind: "holiday", name: "Tết Dương lịch" },
      { date: "2026-02-16", kind: "holiday", name: "Tết Nguyên đán" },
      { date: "2026-02-17", kind: "holiday", name: "Tết Nguyên đán" },
      { date: "2026-02-18", kind: "holiday", name: "Tết Nguyên đán" },
      { date: "2026-02-19", kind: "holiday", name: "Tết Nguyên đán" },
      { date: "2026-02-20", kind: "holiday", name: "Tết Nguyên đán" },
      { date: "2026-04-26", kind: "holiday", name: "Giỗ Tổ Hùng Vương" },
      { date: "2026-04-30", kind: "holiday", name: "Ngày Chiến thắng" },
      { date: "2026-05-01", kind: "holiday", name: "Quốc tế Lao động" },
      { date: "2026-09-01", kind: "holiday", name: "Quốc khánh" },
      { date: "2026-09-02", kind: "holiday", name: "Quốc khánh" },
    ]);
  });

  it("CAL-2: Tết 2025 starts on the last day of lunar year Giáp Thìn (28/01/2025)", () => {
    expect(datesOf(2025, "holiday").filter((date) => date < "2025-03-01")).toEqual([
      "2025-01-01",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
    ]);
  });

  it("CAL-2: every year 1990–2100 has exactly 11 holiday days, none on the same date twice", () => {
    for (let year = 1990; year <= 2100; year += 1) {
      const dates = datesOf(year, "holiday");
      expect(dates).toHaveLength(11);
      expect(new Set(dates).size).toBe(11);
    }
  });

  it("CAL-3: Giỗ Tổ on Sunday 26/04/2026 gives Monday 27/04 off", () => {
    expect(defaultHolidays(2026).filter((entry) => entry.kind === "compensatory")).toEqual([
      { date: "2026-04-27", kind: "compensatory", name: "Nghỉ bù Giỗ Tổ Hùng Vương" },
    ]);
  });

  it("CAL-3: 1/1 on Saturday and 30/4 + 1/5 on a weekend (2022) give Mon 3/1, Mon 2/5 and Tue 3/5", () => {
    expect(datesOf(2022, "compensatory")).toEqual(["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"]);
  });

  it("CAL-3: a compensatory day skips days that are already holidays (Tết 2027 → Wed 10/2, Thu 11/2)", () => {
    expect(datesOf(2027, "holiday").slice(1, 6)).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
    ]);
    expect(datesOf(2027, "compensatory")).toEqual(["2027-02-10", "2027-02-11", "2027-05-03"]);
  });

  it("CAL-3: every weekend holiday 1990–2100 has exactly one compensatory weekday, never a holiday", () => {
    for (let year = 1990; year <= 2100; year += 1) {
      const holidays = datesOf(year, "holiday");
      const compensatory = datesOf(year, "compensatory");
      const onWeekend = holidays.filter((date) => isWeekend(dayNumberFromIso(date)));
      expect(compensatory).toHaveLength(onWeekend.length);
      for (const date of compensatory) {
        expect(isWeekend(dayNumberFromIso(date))).toBe(false);
        expect(holidays).not.toContain(date);
      }
    }
  });
});
