import { describe, expect, it } from "vitest";
import { mismatchOf } from "./mismatch-cause.ts";

/** INT-1: the likely cause of each kind of mismatch, judged from the portal's view and the outbox. */
const synced = { TrangThaiHoSo: 4, NguonCapNhat: "dong_bo" } as const;
const changedThere = { TrangThaiHoSo: 6, NguonCapNhat: "cong_quoc_gia" } as const;

describe("the cause of a reconciliation mismatch (INT-1)", () => {
  it("INT-1: the same status on both sides is no mismatch, whatever the outbox says", () => {
    expect(mismatchOf(4, synced, { kind: "delivered" })).toBeNull();
    expect(mismatchOf(4, synced, { kind: "parked", error: "x" })).toBeNull();
  });

  it("INT-1: a status the portal changed itself explains the difference before any undelivered message", () => {
    expect(mismatchOf(4, changedThere, { kind: "waiting", error: null })).toEqual({
      cause: "changed_on_portal",
      detail: null,
    });
  });

  it("INT-1: otherwise the outbox tells: parked, waiting (with the last error), never sent", () => {
    expect(mismatchOf(5, synced, { kind: "parked", error: "từ chối" })).toEqual({
      cause: "parked",
      detail: "từ chối",
    });
    expect(mismatchOf(5, synced, { kind: "waiting", error: "HTTP 500" })).toEqual({
      cause: "waiting",
      detail: "HTTP 500",
    });
    expect(mismatchOf(2, undefined, { kind: "none" })).toEqual({ cause: "never_sent", detail: null });
  });

  it("INT-1: everything delivered: missing on the portal, or its status differs", () => {
    expect(mismatchOf(2, undefined, { kind: "delivered" })).toEqual({
      cause: "missing_on_portal",
      detail: null,
    });
    expect(mismatchOf(5, synced, { kind: "delivered" })).toEqual({ cause: "status_differs", detail: null });
  });
});
