import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import {
  assertValidDuration,
  calendarDays,
  halfDays,
  workingDays,
  workingHours,
  workingMinutesOf,
} from "./duration.ts";

const day480 = { minutesPerDay: 480 };

describe("durations", () => {
  it("CAL-1/CAL-5: a working day is the calendar's day (480 min), a half day half of it, an hour 60 min", () => {
    expect(workingMinutesOf(day480, workingDays(3))).toBe(1440);
    expect(workingMinutesOf(day480, halfDays(1))).toBe(240);
    expect(workingMinutesOf(day480, workingHours(8))).toBe(480);
    expect(workingMinutesOf({ minutesPerDay: 450 }, workingDays(2))).toBe(900);
    expect(workingMinutesOf(day480, workingDays(0.5))).toBe(240);
  });

  it("CAL-5: negative, non-finite or unknown amounts are refused with a typed error", () => {
    const refused = (amount: number) => {
      try {
        assertValidDuration(workingDays(amount));
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const amount of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = refused(amount);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "DURATION_AMOUNT_INVALID", rule: "CAL-5" });
    }
    expect(() => assertValidDuration({ amount: 1, unit: "weeks" as never })).toThrow(
      expect.objectContaining({ code: "DURATION_UNIT_INVALID" }),
    );
    expect(() => assertValidDuration(calendarDays(1.5))).toThrow(
      expect.objectContaining({ code: "DURATION_NOT_WHOLE_DAYS" }),
    );
    expect(() => workingMinutesOf(day480, calendarDays(3))).toThrow(
      expect.objectContaining({ code: "DURATION_NOT_WORKING_TIME" }),
    );
  });
});
