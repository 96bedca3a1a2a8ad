import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatInstant,
  formatLocal,
  formatTime,
  instantOf,
  parseIsoDate,
  parseWallClock,
  toVietnamIso,
  vietnamWallClock,
  weekdayIndex,
  weekdayKey,
} from "./wall-clock.ts";

describe("Vietnam wall clock", () => {
  it("parses datetime-local values and dueLocal, refusing impossible dates", () => {
    expect(parseWallClock("2026-03-02T09:00")).toEqual({ year: 2026, month: 3, day: 2, hour: 9, minute: 0 });
    expect(parseWallClock("2026-03-02T09:00:30")).toEqual({
      year: 2026,
      month: 3,
      day: 2,
      hour: 9,
      minute: 0,
    });
    expect(parseWallClock("2026-02-29T09:00")).toBeNull();
    expect(parseWallClock("2028-02-29T23:59")).not.toBeNull();
    expect(parseWallClock("2026-03-02T24:00")).toBeNull();
    expect(parseWallClock("2026-03-02")).toBeNull();
    expect(parseWallClock("")).toBeNull();
    expect(parseIsoDate("2026-12-31")).toEqual({ year: 2026, month: 12, day: 31, hour: 0, minute: 0 });
    expect(parseIsoDate("2026-13-01")).toBeNull();
  });

  it("sends the reception instant with the +07:00 offset", () => {
    const w = parseWallClock("2026-03-02T09:00");
    expect(w && toVietnamIso(w)).toBe("2026-03-02T09:00:00+07:00");
    expect(w && instantOf(w)).toBe(Date.parse("2026-03-02T02:00:00Z"));
  });

  it("reads an instant on Vietnam's clock whatever the browser's zone", () => {
    expect(formatLocal(vietnamWallClock(Date.parse("2026-03-02T19:30:00Z")))).toBe("2026-03-03T02:30");
    expect(formatLocal(vietnamWallClock(Date.parse("2026-03-03T00:30:00.000Z")))).toBe("2026-03-03T07:30");
  });

  it("names weekdays Monday-first and formats dd/mm/yyyy HH:MM", () => {
    const monday = { year: 2026, month: 3, day: 2, hour: 9, minute: 5 };
    expect(weekdayIndex(monday)).toBe(0);
    expect(weekdayKey({ year: 2026, month: 3, day: 5 })).toBe("thu");
    expect(weekdayKey({ year: 2026, month: 3, day: 8 })).toBe("sun");
    expect(formatDate(monday)).toBe("02/03/2026");
    expect(formatTime(monday)).toBe("09:05");
  });

  it("shows an instant to the second in Vietnam time", () => {
    expect(formatInstant("2026-03-01T17:05:09.123Z")).toBe("00:05:09 02/03/2026");
    expect(formatInstant("not a date")).toBe("not a date");
  });

  it("round-trips instants through the wall clock across month, year and leap-day boundaries", () => {
    for (const text of ["2028-02-29T23:59", "2026-12-31T17:00", "2027-01-01T00:00", "1999-03-01T06:07"]) {
      const w = parseWallClock(text);
      expect(w && formatLocal(vietnamWallClock(instantOf(w)))).toBe(text);
    }
    expect(vietnamWallClock(Date.parse("2028-02-29T17:00:00Z"))).toEqual({
      year: 2028,
      month: 3,
      day: 1,
      hour: 0,
      minute: 0,
    });
  });
});
