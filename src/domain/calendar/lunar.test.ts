import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberFromCivil, isoFromDayNumber } from "./dates.ts";
import { type LunarDate, lunarToSolar, solarToLunar } from "./lunar.ts";

const lunar = (day: number, month: number, year: number, leap = false): LunarDate => ({
  day,
  month,
  year,
  leap,
});

describe("lunar calendar (Vietnam, UTC+7)", () => {
  it.each([
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
  ])("CAL-2: Tết (1/1 lunar) %i = %s", (year, solar) => {
    expect(lunarToSolar(lunar(1, 1, year))).toBe(solar);
    expect(solarToLunar(solar)).toEqual(lunar(1, 1, year));
  });

  it.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("CAL-2: Giỗ Tổ (10/3 lunar) %i = %s", (year, solar) => {
    expect(lunarToSolar(lunar(10, 3, year))).toBe(solar);
    expect(solarToLunar(solar)).toEqual(lunar(10, 3, year));
  });

  it("CAL-2: uses UTC+7, not the Chinese UTC+8 calendar (Tết 1985 = 21/01, Tết 2007 = 17/02)", () => {
    expect(lunarToSolar(lunar(1, 1, 1985))).toBe("1985-01-21");
    expect(lunarToSolar(lunar(1, 1, 2007))).toBe("2007-02-17");
  });

  it("CAL-2: the last day of a lunar year is the day before Tết (30 Tết 2026 = 16/02/2026)", () => {
    expect(solarToLunar("2026-02-16")).toEqual(lunar(29, 12, 2025));
    expect(solarToLunar("2025-01-28")).toEqual(lunar(29, 12, 2024));
  });

  it("CAL-2: leap months — 2023 has a leap 2nd month from 22/03, 2025 a leap 6th month from 25/07", () => {
    expect(solarToLunar("2023-03-22")).toEqual(lunar(1, 2, 2023, true));
    expect(solarToLunar("2023-03-21")).toEqual(lunar(30, 2, 2023));
    expect(lunarToSolar(lunar(1, 6, 2025, true))).toBe("2025-07-25");
    expect(lunarToSolar(lunar(1, 7, 2025))).toBe("2025-08-23");
    expect(solarToLunar("2025-08-22")).toEqual(lunar(29, 6, 2025, true));
  });

  it("refuses a leap month that does not exist", () => {
    expect(() => lunarToSolar(lunar(1, 3, 2025, true))).toThrow(
      expect.objectContaining({ code: "LUNAR_NOT_LEAP_MONTH" }),
    );
    expect(() => lunarToSolar(lunar(1, 3, 2024, true))).toThrow(
      expect.objectContaining({ code: "LUNAR_NOT_LEAP_MONTH" }),
    );
  });

  it("refuses day 30 of a 29-day month, month 13 and bad solar dates", () => {
    expect(() => lunarToSolar(lunar(30, 12, 2025))).toThrow(
      expect.objectContaining({ code: "LUNAR_DAY_OUT_OF_RANGE" }),
    );
    expect(() => lunarToSolar(lunar(0, 1, 2025))).toThrow(
      expect.objectContaining({ code: "LUNAR_DAY_OUT_OF_RANGE" }),
    );
    expect(() => lunarToSolar(lunar(1, 13, 2025))).toThrow(
      expect.objectContaining({ code: "LUNAR_DATE_INVALID" }),
    );
    expect(() => solarToLunar("2026-02-30")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
    expect(() => solarToLunar("17/02/2026")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });

  it("CAL-2 property: lunarToSolar(solarToLunar(d)) = d for every date 1950–2100", () => {
    const first = dayNumberFromCivil(1950, 1, 1);
    const last = dayNumberFromCivil(2100, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (dayNumber) => {
        const date = isoFromDayNumber(dayNumber);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 3000 },
    );
  });

  it("CAL-2: day by day 1950–2100, lunar dates advance like a lunisolar calendar", () => {
    const first = dayNumberFromCivil(1950, 1, 1);
    const last = dayNumberFromCivil(2100, 12, 31);
    let previous = solarToLunar(isoFromDayNumber(first));
    let monthsInYear: number | undefined; // unknown until the first Tết
    for (let dayNumber = first + 1; dayNumber <= last; dayNumber += 1) {
      const current = solarToLunar(isoFromDayNumber(dayNumber));
      if (current.day !== 1) {
        expect(current).toEqual({ ...previous, day: previous.day + 1 });
      } else {
        expect([29, 30]).toContain(previous.day);
        if (monthsInYear !== undefined) monthsInYear += 1;
        const nextMonth = (previous.month % 12) + 1;
        const isLeapOfPrevious = current.leap && current.month === previous.month && !previous.leap;
        if (!isLeapOfPrevious)
          expect(current).toEqual(lunar(1, nextMonth, previous.year + (nextMonth === 1 ? 1 : 0)));
        if (current.month === 1 && !current.leap) {
          const solarMonthDay = isoFromDayNumber(dayNumber).slice(5);
          expect(solarMonthDay >= "01-21" && solarMonthDay <= "02-20").toBe(true);
          if (monthsInYear !== undefined) expect([12, 13]).toContain(monthsInYear);
          monthsInYear = 0;
        }
      }
      previous = current;
    }
  });
});
