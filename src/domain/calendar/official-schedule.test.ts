import { describe, expect, it } from "vitest";
import { applyOfficialSchedule } from "./official-schedule.ts";
import { resolveDay } from "./resolve-day.ts";
import { type CalendarSpec, DEFAULT_CALENDAR_SPEC } from "./spec.ts";
import { VIETNAM_2026 } from "./vietnam-2026.ts";

const official = applyOfficialSchedule(DEFAULT_CALENDAR_SPEC, VIETNAM_2026);
const working = (date: string) => resolveDay(official, date).working;

describe("official 2026 schedule", () => {
  it("CAL-4: Fri 02/01 is off and Sat 10/01 is worked", () => {
    expect(working("2026-01-02")).toBe(false);
    expect(working("2026-01-10")).toBe(true);
    expect(working("2026-01-09")).toBe(true);
  });

  it("CAL-4: Tết from Sat 14/02 to Sun 22/02; Fri 13/02 and Mon 23/02 are working days", () => {
    expect(working("2026-02-13")).toBe(true);
    for (let day = 14; day <= 22; day += 1) expect(working(`2026-02-${day}`)).toBe(false);
    expect(working("2026-02-23")).toBe(true);
  });

  it("CAL-4: Giỗ Tổ Sun 26/04 gives Mon 27/04 off; 30/4 and 1/5 are off", () => {
    expect(resolveDay(official, "2026-04-27")).toMatchObject({ working: false, kind: "day_off" });
    expect(working("2026-04-28")).toBe(true);
    expect(working("2026-04-30")).toBe(false);
    expect(working("2026-05-01")).toBe(false);
  });

  it("CAL-4: Quốc khánh Sat 29/08 – Wed 02/09 with Mon 31/08 off and Sat 22/08 worked", () => {
    expect(working("2026-08-22")).toBe(true);
    expect(working("2026-08-28")).toBe(true);
    for (const date of ["2026-08-29", "2026-08-30", "2026-08-31", "2026-09-01", "2026-09-02"]) {
      expect(working(date)).toBe(false);
    }
    expect(working("2026-09-03")).toBe(true);
  });

  it("CAL-4: applying a schedule replaces overrides of the same dates, keeps the others, marks the year once", () => {
    const before: CalendarSpec = {
      ...DEFAULT_CALENDAR_SPEC,
      officialYears: [2026],
      overrides: [
        { date: "2026-01-10", kind: "day_off", name: "Cũ" },
        { date: "2026-03-10", kind: "day_off", name: "Ngày nghỉ riêng của tỉnh" },
      ],
    };
    const after = applyOfficialSchedule(before, VIETNAM_2026);
    expect(after.officialYears).toEqual([2026]);
    expect(after.overrides).toHaveLength(VIETNAM_2026.days.length + 1);
    expect(resolveDay(after, "2026-01-10")).toMatchObject({ working: true, kind: "working_day" });
    expect(resolveDay(after, "2026-03-10")).toMatchObject({
      working: false,
      name: "Ngày nghỉ riêng của tỉnh",
    });
    expect(before.overrides).toHaveLength(2);
  });

  it("CAL-4: a schedule day outside its year is refused", () => {
    const wrong = { year: 2027, days: [{ date: "2026-02-17", kind: "holiday" as const, name: "Tết" }] };
    expect(() => applyOfficialSchedule(DEFAULT_CALENDAR_SPEC, wrong)).toThrow(
      expect.objectContaining({ code: "CAL_SCHEDULE_WRONG_YEAR", rule: "CAL-4" }),
    );
  });
});
