import { describe, expect, it } from "vitest";
import { at, officialCalendar2026 } from "../calendar/test-support.ts";
import {
  formatWorkingTime,
  minutesToWorkingDays,
  minutesToWorkingHours,
  splitWorkingTime,
  workingTimeBetween,
} from "./elapsed.ts";

const calendar = officialCalendar2026();

describe("elapsed working time", () => {
  it("CAL-7: working minutes between two instants skip nights, weekends, lunch and Tết", () => {
    expect(workingTimeBetween(calendar, at("2026-02-13T16:00"), at("2026-02-23T08:30"))).toBe(120);
    expect(workingTimeBetween(calendar, at("2026-03-02T10:00"), at("2026-03-02T14:00"))).toBe(90 + 60);
  });

  it("is 0 when the end is not after the start", () => {
    expect(workingTimeBetween(calendar, at("2026-03-02T10:00"), at("2026-03-02T10:00"))).toBe(0);
    expect(workingTimeBetween(calendar, at("2026-03-03T10:00"), at("2026-03-02T10:00"))).toBe(0);
  });

  it("CAL-1: converts to working days and hours and splits for display", () => {
    expect(minutesToWorkingDays(calendar, 1200)).toBe(2.5);
    expect(minutesToWorkingHours(90)).toBe(1.5);
    expect(splitWorkingTime(calendar, 1200 + 75)).toEqual({ sign: 1, days: 2, hours: 5, minutes: 15 });
    expect(splitWorkingTime(calendar, -61)).toEqual({ sign: -1, days: 0, hours: 1, minutes: 1 });
    expect(formatWorkingTime(calendar, 1200 + 75)).toBe("2 ngày 5 giờ 15 phút làm việc");
    expect(formatWorkingTime(calendar, -480)).toBe("quá hạn 1 ngày làm việc");
    expect(formatWorkingTime(calendar, 0)).toBe("0 phút làm việc");
  });
});
