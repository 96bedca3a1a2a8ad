import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at } from "../calendar/test-support.ts";
import { assertCodeMatches, formatDossierCode, isDossierCode, parseDossierCode } from "./code.ts";

describe("dossier codes", () => {
  it("CODE-1: agency identifier, Vietnam reception date, 4-digit daily sequence", () => {
    expect(formatDossierCode("000.00.06.H56", at("2026-02-13T10:00"), 1)).toBe("000.00.06.H56-260213-0001");
    expect(formatDossierCode("000.17.22.H56", at("2026-02-13T10:00"), 361)).toBe("000.17.22.H56-260213-0361");
  });

  it("CODE-1: the date is the Vietnam date (01:00 on 13/02 in Vietnam is still 12/02 in UTC)", () => {
    const instant = Date.UTC(2026, 1, 12, 18, 0);
    expect(formatDossierCode("000.00.06.H56", instant, 7)).toBe("000.00.06.H56-260213-0007");
  });

  it("CODE-1: the sequence grows past 9999 instead of failing", () => {
    expect(formatDossierCode("000.00.06.H56", at("2026-02-13T10:00"), 9999)).toBe(
      "000.00.06.H56-260213-9999",
    );
    expect(formatDossierCode("000.00.06.H56", at("2026-02-13T10:00"), 10000)).toBe(
      "000.00.06.H56-260213-10000",
    );
    expect(parseDossierCode("000.00.06.H56-260213-10000")?.sequence).toBe(10000);
  });

  it("CODE-1: refuses a bad identifier or sequence", () => {
    expect(() => formatDossierCode("H56", at("2026-02-13T10:00"), 1)).toThrow(
      expect.objectContaining({ code: "AGENCY_IDENTIFIER_INVALID", rule: "CODE-1" }),
    );
    expect(() => formatDossierCode("000.00.06.H56", at("2026-02-13T10:00"), 0)).toThrow(
      expect.objectContaining({ code: "DOSSIER_SEQUENCE_INVALID" }),
    );
  });

  it("CODE-1: parses well-formed codes and rejects the others", () => {
    expect(parseDossierCode("000.00.06.H56-231027-0361")).toEqual({
      agencyIdentifier: "000.00.06.H56",
      date: "2023-10-27",
      sequence: 361,
    });
    for (const bad of [
      "000.00.06.H56-260230-0001",
      "000.00.06.H56-260213-0000",
      "000.00.06.H56-260213-00001",
      "000.00.06.H56-260213-001",
      "00.00.06.H56-260213-0001",
      "000.00.06.h56-260213-0001",
      "000.00.06.H56-2602130001",
      "",
    ]) {
      expect(isDossierCode(bad), bad).toBe(false);
    }
  });

  it("CODE-1: a code must name the receiving agency and the reception date", () => {
    expect(() =>
      assertCodeMatches("000.00.06.H56-260213-0001", "000.00.06.H56", at("2026-02-14T08:00")),
    ).toThrow(expect.objectContaining({ code: "DOSSIER_CODE_MISMATCH", rule: "CODE-1" }));
    expect(() =>
      assertCodeMatches("000.00.06.H56-260213-0001", "000.00.06.H56", at("2026-02-13T23:59")),
    ).not.toThrow();
  });

  it("CODE-1: format and parse are inverse (property)", () => {
    const identifier = fc
      .tuple(
        fc.stringMatching(/^[0-9A-Z]{3}$/),
        fc.stringMatching(/^[0-9A-Z]{2}$/),
        fc.stringMatching(/^[0-9A-Z]{2}$/),
      )
      .map(([a, b, c]) => `${a}.${b}.${c}.H56`);
    fc.assert(
      fc.property(
        identifier,
        fc.integer({ min: at("2019-01-01T00:00"), max: at("2099-12-31T23:59") }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (id, instant, sequence) => {
          const code = formatDossierCode(id, instant, sequence);
          const parsed = parseDossierCode(code);
          expect(parsed?.agencyIdentifier).toBe(id);
          expect(parsed?.sequence).toBe(sequence);
          expect(() => assertCodeMatches(code, id, instant)).not.toThrow();
        },
      ),
    );
  });
});
