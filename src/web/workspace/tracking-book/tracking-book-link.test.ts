import { describe, expect, it } from "vitest";
import { currentMonth, periodProblem, trackingBookUrl } from "./tracking-book-link.ts";

describe("the tracking book (Mẫu 06) request", () => {
  it("asks the server for the period and format, with the volume when given", () => {
    const request = { agencyId: "a-1", from: "2026-11-01", to: "2026-11-22", volume: " 01/2026 " };
    expect(trackingBookUrl(request, "xlsx")).toBe(
      "/api/tracking-book?agencyId=a-1&from=2026-11-01&to=2026-11-22&format=xlsx&volume=01%2F2026",
    );
    expect(trackingBookUrl({ ...request, volume: "" }, "pdf")).not.toContain("volume");
  });

  it("defaults to this month in Vietnam time, even late in the evening UTC", () => {
    expect(currentMonth(Date.parse("2026-11-30T18:00:00Z"))).toEqual({
      from: "2026-12-01",
      to: "2026-12-01",
    });
    expect(currentMonth(Date.parse("2026-11-22T03:00:00Z"))).toEqual({
      from: "2026-11-01",
      to: "2026-11-22",
    });
  });

  it("refuses a period in the wrong order or longer than the server prints (366 days)", () => {
    expect(periodProblem("2026-01-01", "2026-12-31")).toBeNull();
    expect(periodProblem("2024-01-01", "2024-12-31")).toBeNull();
    expect(periodProblem("2026-02-01", "2026-01-31")).toBe("trackingBook.periodOrder");
    expect(periodProblem("2025-01-01", "2026-01-02")).toBe("trackingBook.periodTooLong");
    expect(periodProblem("", "2026-01-02")).toBe("trackingBook.periodMissing");
  });
});
