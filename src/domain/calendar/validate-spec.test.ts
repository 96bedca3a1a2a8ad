import { describe, expect, it } from "vitest";
import { type CalendarSpec, DEFAULT_CALENDAR_SPEC } from "./spec.ts";
import { assertValidCalendarSpec, validateCalendarSpec } from "./validate-spec.ts";
import { VIETNAM_2026 } from "./vietnam-2026.ts";

const codes = (spec: Partial<CalendarSpec>) =>
  validateCalendarSpec({ ...DEFAULT_CALENDAR_SPEC, ...spec }).map((issue) => issue.code);

describe("validateCalendarSpec", () => {
  it("CAL-1: the default spec and the official 2026 days are valid", () => {
    expect(validateCalendarSpec(DEFAULT_CALENDAR_SPEC)).toEqual([]);
    expect(codes({ overrides: VIETNAM_2026.days, officialYears: [2026] })).toEqual([]);
  });

  it("CAL-1: working hours must exist, be HH:MM, non-empty, sorted and not overlap", () => {
    expect(codes({ workingHours: [] })).toEqual(["CAL_HOURS_EMPTY"]);
    expect(codes({ workingHours: [{ start: "7:30", end: "11:30" }] })).toEqual(["CAL_TIME_INVALID"]);
    expect(codes({ workingHours: [{ start: "07:30", end: "11:60" }] })).toEqual(["CAL_TIME_INVALID"]);
    expect(codes({ workingHours: [{ start: "24:00", end: "24:00" }] })).toEqual(["CAL_TIME_INVALID"]);
    expect(codes({ workingHours: [{ start: "11:30", end: "07:30" }] })).toEqual(["CAL_PERIOD_EMPTY"]);
    expect(codes({ workingHours: [{ start: "08:00", end: "08:00" }] })).toEqual(["CAL_PERIOD_EMPTY"]);
    expect(
      codes({
        workingHours: [
          { start: "13:00", end: "17:00" },
          { start: "07:30", end: "11:30" },
        ],
      }),
    ).toEqual(["CAL_PERIODS_UNSORTED"]);
    expect(
      codes({
        workingHours: [
          { start: "07:30", end: "12:00" },
          { start: "11:30", end: "17:00" },
        ],
      }),
    ).toEqual(["CAL_PERIODS_OVERLAP"]);
  });

  it("CAL-1: touching periods and an end at 24:00 are allowed", () => {
    expect(
      codes({
        workingHours: [
          { start: "07:30", end: "11:30" },
          { start: "11:30", end: "24:00" },
        ],
      }),
    ).toEqual([]);
  });

  it("CAL-4: override dates must be real, unique, of a known kind and named", () => {
    const issues = validateCalendarSpec({
      ...DEFAULT_CALENDAR_SPEC,
      overrides: [
        { date: "2026-02-30", kind: "holiday", name: "Sai ngày" },
        { date: "2026-03-02", kind: "day_off", name: "Nghỉ" },
        { date: "2026-03-02", kind: "holiday", name: "Trùng" },
        { date: "2026-03-03", kind: "weekend" as never, name: "Loại lạ" },
        { date: "2026-03-04", kind: "day_off", name: "  " },
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["CAL_DATE_INVALID", "overrides[0].date"],
      ["CAL_DATE_DUPLICATE", "overrides[2].date"],
      ["CAL_KIND_INVALID", "overrides[3].kind"],
      ["CAL_NAME_EMPTY", "overrides[4].name"],
    ]);
    expect(issues[1]?.message).toBe("Ngày 2026-03-02 được khai báo nhiều lần.");
  });

  it("CAL-4: official years must be whole years in range", () => {
    expect(codes({ officialYears: [2026, 2026.5, 1800] })).toEqual(["CAL_YEAR_INVALID", "CAL_YEAR_INVALID"]);
  });

  it("assertValidCalendarSpec throws CAL_SPEC_INVALID with the issues", () => {
    expect(() => assertValidCalendarSpec({ ...DEFAULT_CALENDAR_SPEC, workingHours: [] })).toThrow(
      expect.objectContaining({ code: "CAL_SPEC_INVALID", rule: "CAL-1" }),
    );
  });
});
