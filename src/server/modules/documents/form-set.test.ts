import { describe, expect, it } from "vitest";
import { at } from "../../../domain/calendar/test-support.ts";
import { formNumber, formSetAt, formSetOf, TT_01_2018, TT_03_2025, TT_03_2025_FROM } from "./form-set.ts";

describe("the set of forms in force (TT 01/2018 → TT 03/2025/TT-VPCP)", () => {
  it("TT 03/2025 applies from 00:00 of 15/9/2025 in Vietnam time (17:00 UTC the day before)", () => {
    expect(TT_03_2025_FROM).toBe(Date.UTC(2025, 8, 14, 17, 0));
    expect(formSetAt(TT_03_2025_FROM - 1)).toBe(TT_01_2018);
    expect(formSetAt(TT_03_2025_FROM)).toBe(TT_03_2025);
    expect(formSetAt(at("2025-09-14T23:59"))).toBe(TT_01_2018);
    expect(formSetAt(at("2025-09-15T00:00"))).toBe(TT_03_2025);
  });

  it("a dossier keeps the set in force at its reception, or at its submission when never received", () => {
    const late = { submittedAt: at("2025-09-14T16:00"), receivedAt: at("2025-09-15T08:00") };
    expect(formSetOf(late)).toBe(TT_03_2025);
    expect(formSetOf({ ...late, receivedAt: null })).toBe(TT_01_2018);
  });

  it("TT 03/2025 adds Mẫu 05 (stop notice) and renumbers the control slip and the tracking book", () => {
    expect(formNumber(TT_01_2018, "control_slip")).toBe("05");
    expect(formNumber(TT_01_2018, "tracking_book")).toBe("06");
    expect(formNumber(TT_01_2018, "stop_notice")).toBeNull();
    expect(formNumber(TT_03_2025, "stop_notice")).toBe("05");
    expect(formNumber(TT_03_2025, "control_slip")).toBe("06");
    expect(formNumber(TT_03_2025, "tracking_book")).toBe("07");
    for (const set of [TT_01_2018, TT_03_2025]) {
      expect(
        ["receipt", "supplement_request", "refusal", "apology"].map((kind) => set.numbers[kind as "receipt"]),
      ).toEqual(["01", "02", "03", "04"]);
    }
  });
});
