import { describe, expect, it } from "vitest";
import { timelinessOf } from "./timeliness.ts";

const appointment = "2026-03-02T09:00:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("timeliness of a looked-up dossier", () => {
  it("finished by the appointment: on time; after it: late", () => {
    expect(timelinessOf({ appointment, finishedAt: "2026-03-02T09:00:00.000Z" }, 0)).toBe("on_time");
    expect(timelinessOf({ appointment, finishedAt: "2026-03-02T09:01:00.000Z" }, 0)).toBe("late");
  });

  it("still open: within the limit until the appointment, overdue after it", () => {
    expect(timelinessOf({ appointment, finishedAt: null }, at("2026-03-01T00:00:00Z"))).toBe("in_time");
    expect(timelinessOf({ appointment, finishedAt: null }, at("2026-03-03T00:00:00Z"))).toBe("overdue");
  });

  it("no appointment, nothing to say", () => {
    expect(timelinessOf({ appointment: null, finishedAt: null }, 0)).toBeNull();
  });
});
