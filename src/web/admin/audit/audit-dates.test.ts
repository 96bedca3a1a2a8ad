import { describe, expect, it } from "vitest";
import { dayEndExclusive, dayStart, isIsoDate } from "./audit-dates.ts";

describe("audit trail date filters (SEC-2)", () => {
  it("covers whole days in Vietnam time, the last day included", () => {
    expect(dayStart("2026-03-02")).toBe("2026-03-02T00:00:00+07:00");
    expect(dayEndExclusive("2026-03-02")).toBe("2026-03-03T00:00:00+07:00");
    expect(dayEndExclusive("2026-12-31")).toBe("2027-01-01T00:00:00+07:00");
    expect(dayEndExclusive("2028-02-28")).toBe("2028-02-29T00:00:00+07:00");
  });

  it("accepts only real dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("")).toBe(false);
    expect(isIsoDate("2026-02-28")).toBe(true);
  });
});
