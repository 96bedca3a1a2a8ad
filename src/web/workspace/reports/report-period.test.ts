import { describe, expect, it } from "vitest";
import { choiceAt, choiceOf, lastMonth, periodOf, periodProblem } from "./report-period.ts";
import { defaultAgencyOf, paramsOf, requestFromParams } from "./report-request.ts";

describe("RPT-3: the period of a report", () => {
  it("gives the first and last day of a month, quarter, half-year and year", () => {
    expect(periodOf({ kind: "month", year: 2024, index: 2 })).toEqual({
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(periodOf({ kind: "quarter", year: 2026, index: 4 })).toEqual({
      from: "2026-10-01",
      to: "2026-12-31",
    });
    expect(periodOf({ kind: "half", year: 2026, index: 2 })).toEqual({
      from: "2026-07-01",
      to: "2026-12-31",
    });
    expect(periodOf({ kind: "year", year: 2026, index: 1 })).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });

  it("recognises a whole month, quarter, half-year or year, and calls anything else a range", () => {
    expect(choiceOf({ from: "2026-04-01", to: "2026-06-30" })).toEqual({
      kind: "quarter",
      year: 2026,
      index: 2,
    });
    expect(choiceOf({ from: "2026-01-01", to: "2026-06-30" })).toEqual({
      kind: "half",
      year: 2026,
      index: 1,
    });
    expect(choiceOf({ from: "2026-02-01", to: "2026-04-30" })).toBeNull();
    expect(choiceOf({ from: "2026-03-02", to: "2026-03-31" })).toBeNull();
    expect(choiceOf({ from: "2025-12-01", to: "2026-01-31" })).toBeNull();
    expect(choiceAt("quarter", "2026-08-15")).toEqual({ kind: "quarter", year: 2026, index: 3 });
  });

  it("defaults to last month in Vietnam time, across the new year", () => {
    // 17:30 UTC on 31 December is already 1 January in Vietnam.
    expect(lastMonth(Date.parse("2026-12-31T17:30:00Z"))).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(lastMonth(Date.parse("2026-03-10T03:00:00Z"))).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("refuses a missing day or a period in the wrong order", () => {
    expect(periodProblem({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
    expect(periodProblem({ from: "", to: "2026-01-01" })).toBe("reports.periodMissing");
    expect(periodProblem({ from: "2026-02-30", to: "2026-03-01" })).toBe("reports.periodMissing");
    expect(periodProblem({ from: "2026-02-01", to: "2026-01-31" })).toBe("reports.periodOrder");
  });
});

describe("RPT-2: which Biểu II.06a the page asks for", () => {
  const now = Date.parse("2026-12-07T03:00:00Z");

  it("opens on last month: the province for the control office, the leader's own agency otherwise", () => {
    const control = defaultAgencyOf({ roles: ["procedure_control"], agencyId: "office" });
    const leader = defaultAgencyOf({ roles: ["agency_leader"], agencyId: "so-tu-phap" });
    expect(control).toBeNull();
    expect(requestFromParams(new URLSearchParams(), { now, agencyId: leader })).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      by: "unit",
      agencyId: "so-tu-phap",
    });
  });

  it("keeps the report in the address and reads it back, leaving out the default agency", () => {
    const request = { from: "2026-01-01", to: "2026-03-31", by: "field" as const, agencyId: "so-tu-phap" };
    expect(paramsOf(request, "so-tu-phap").toString()).toBe("tu=2026-01-01&den=2026-03-31&theo=linh-vuc");
    const chosen = paramsOf({ ...request, agencyId: "phong-1" }, null);
    expect(requestFromParams(chosen, { now, agencyId: null })).toEqual({ ...request, agencyId: "phong-1" });
  });
});
