import { describe, expect, it } from "vitest";
import { splitWorkingMinutes } from "./working-time.ts";

describe("working time shown to officers", () => {
  it("counts a working day as 8 working hours", () => {
    expect(splitWorkingMinutes(8 * 60)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(splitWorkingMinutes(2 * 480 + 3 * 60 + 15)).toEqual({ days: 2, hours: 3, minutes: 15 });
  });

  it("drops the sign of an overdue time", () => {
    expect(splitWorkingMinutes(-75)).toEqual({ days: 0, hours: 1, minutes: 15 });
  });
});
