import { describe, expect, it } from "vitest";
import { resolveDay } from "./resolve-day.ts";
import { type CalendarSpec, DEFAULT_CALENDAR_SPEC } from "./spec.ts";

const spec = (overrides: Partial<CalendarSpec> = {}): CalendarSpec => ({
  ...DEFAULT_CALENDAR_SPEC,
  ...overrides,
});

describe("resolveDay", () => {
  it("CAL-1: Monday–Friday work, Saturday and Sunday do not", () => {
    expect(resolveDay(spec(), "2026-03-06")).toEqual({
      date: "2026-03-06",
      working: true,
      kind: "weekday",
      name: "Ngày làm việc",
    });
    expect(resolveDay(spec(), "2026-03-07")).toMatchObject({
      working: false,
      kind: "weekend",
      name: "Thứ Bảy",
    });
    expect(resolveDay(spec(), "2026-03-08")).toMatchObject({
      working: false,
      kind: "weekend",
      name: "Chủ nhật",
    });
  });

  it("CAL-2/CAL-3: default holidays and compensatory days apply to years without an official schedule", () => {
    expect(resolveDay(spec(), "2027-02-08")).toMatchObject({
      working: false,
      kind: "holiday",
      name: "Tết Nguyên đán",
    });
    expect(resolveDay(spec(), "2027-02-10")).toMatchObject({
      working: false,
      kind: "day_off",
      name: "Nghỉ bù Tết Nguyên đán",
    });
  });

  it("CAL-2: defaults can be switched off", () => {
    expect(resolveDay(spec({ useDefaultHolidays: false }), "2027-02-08")).toMatchObject({ working: true });
  });

  it("CAL-4: in an official year the defaults do not apply, only the overrides", () => {
    const official = spec({ officialYears: [2027] });
    expect(resolveDay(official, "2027-02-08")).toMatchObject({ working: true, kind: "weekday" });
    expect(resolveDay(official, "2026-02-17")).toMatchObject({ working: false, kind: "holiday" });
  });

  it("CAL-4: an override wins over weekend and defaults", () => {
    const swapped = spec({
      overrides: [
        { date: "2027-02-08", kind: "working_day", name: "Làm việc" },
        { date: "2027-03-06", kind: "working_day", name: "Làm bù" },
        { date: "2027-03-08", kind: "day_off", name: "Nghỉ địa phương" },
      ],
    });
    expect(resolveDay(swapped, "2027-02-08")).toMatchObject({ working: true, kind: "working_day" });
    expect(resolveDay(swapped, "2027-03-06")).toMatchObject({
      working: true,
      kind: "working_day",
      name: "Làm bù",
    });
    expect(resolveDay(swapped, "2027-03-08")).toMatchObject({ working: false, kind: "day_off" });
  });

  it("refuses an invalid date", () => {
    expect(() => resolveDay(spec(), "2027-13-01")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });
});
