import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { workingTimeText } from "./working-time.ts";

/** Echoes the keys and counts, so that the test reads the units chosen. */
const t = ((key: string, options?: { count?: number; time?: string }) =>
  options?.time ??
  (options?.count !== undefined ? `${options.count} ${key.split(".")[1]}` : key)) as TFunction;

describe("working time shown to officers (CAL-1)", () => {
  it("counts a working day as 8 working hours with the default calendar", () => {
    expect(workingTimeText(2 * 480 + 3 * 60 + 15, 480, t)).toBe("2 days 3 hours");
  });

  it("CAL-1: counts a working day of the agency's own hours, not a fixed 480 minutes", () => {
    // 7 working hours a day: 14 hours are 2 days, not 1 day 6 hours.
    expect(workingTimeText(14 * 60, 420, t)).toBe("2 days");
  });

  it("drops the sign of an overdue time", () => {
    expect(workingTimeText(-75, 480, t)).toBe("1 hours 15 minutes");
  });
});
