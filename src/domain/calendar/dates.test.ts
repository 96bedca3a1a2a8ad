import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  formatVietnamInstant,
  isoFromDayNumber,
  localIsoDate,
  localYear,
  tryParseClockTime,
  tryParseIsoDate,
  vietnamInstant,
  weekdayOf,
} from "./dates.ts";

describe("dates", () => {
  it("day numbers agree with Date.UTC for 1900–2199", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberFromCivil(1900, 1, 1), max: dayNumberFromCivil(2199, 12, 31) }),
        (n) => {
          const { year, month, day } = civilFromDayNumber(n);
          expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(n);
          expect(dayNumberFromCivil(year, month, day)).toBe(n);
          expect(isoFromDayNumber(n)).toBe(
            `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
          );
        },
      ),
    );
  });

  it("weekdays: 2026-02-13 is a Friday, 2026-01-10 a Saturday", () => {
    expect(weekdayOf(dayNumberFromCivil(2026, 2, 13))).toBe(5);
    expect(weekdayOf(dayNumberFromCivil(2026, 1, 10))).toBe(6);
  });

  it("Vietnam time is UTC+7: 2026-01-01T00:00 local is 2025-12-31T17:00Z", () => {
    const instant = vietnamInstant("2026-01-01T00:00");
    expect(instant).toBe(Date.UTC(2025, 11, 31, 17, 0));
    expect(localIsoDate(instant)).toBe("2026-01-01");
    expect(localYear(instant - 1)).toBe(2025);
    expect(formatVietnamInstant(vietnamInstant("2026-02-13T16:00"))).toBe("2026-02-13T16:00");
  });

  it("parses only real dates and HH:MM times", () => {
    expect(tryParseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(tryParseIsoDate("2025-02-29")).toBeUndefined();
    expect(tryParseIsoDate("2025-2-01")).toBeUndefined();
    expect(tryParseClockTime("07:30")).toBe(450);
    expect(tryParseClockTime("24:00")).toBe(1440);
    expect(tryParseClockTime("24:01")).toBeUndefined();
    expect(() => vietnamInstant("2026-01-01T25:00")).toThrow(
      expect.objectContaining({ code: "TIME_INVALID" }),
    );
  });
});
