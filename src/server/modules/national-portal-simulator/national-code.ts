import { portalDate } from "../national-portal/wire.ts";

/** The two letters of the simulator's codes (AA of TT 04/2025): "QG", for Cổng quốc gia. */
const ISSUER_LETTERS = "QG";

/**
 * INT-1, REC-10: the national dossier code the portal gives a submission, in the TT 04/2025 shape
 * `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX` that config's default NATIONAL_CODE_PATTERN accepts: the
 * province (MX1X2) and the level-2 and level-3 numbers of the receiving agency's identifier
 * (`000.00.51.H56` → `H56.051.00`), the day of submission in Vietnam, and the running number
 * (`SoThuTu`, last four digits). Example: `H56.051.00-261207-QG0001`.
 */
export function nationalCodeOf(agencyCode: string, submittedAt: number, sequence: number): string {
  const [, level3 = "", level2 = "", province = ""] = agencyCode.split(".");
  const digits = (text: string, width: number) =>
    /^\d+$/.test(text) ? text.padStart(width, "0").slice(-width) : "0".repeat(width);
  const prefix = /^[A-Z]\d{2}$/.test(province) ? province : "H00";
  const day = portalDate(submittedAt).slice(2, 8);
  const number = String(sequence % 10_000).padStart(4, "0");
  return `${prefix}.${digits(level2, 3)}.${digits(level3, 2)}-${day}-${ISSUER_LETTERS}${number}`;
}
