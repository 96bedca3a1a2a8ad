import { localIsoDate } from "../calendar/dates.ts";
import { DomainError } from "../errors.ts";
import { DossierErrors } from "./errors.ts";

/**
 * CODE-1: `<agency identifier>-<YYMMDD>-<NNNN>`, e.g. `000.00.06.H56-260213-0001`: the receiving
 * agency's electronic identifier (QCVN 102:2016, four levels lowest first), the reception date in
 * Vietnam time, and the agency's sequence of that day from 0001, at least 4 digits (10000 follows
 * 9999). CODE-2: the code never changes. Allocation (unique, atomic, never reused) is the
 * database's job; these are the pure format and checks.
 */

const IDENTIFIER = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}";
const IDENTIFIER_PATTERN = new RegExp(`^${IDENTIFIER}$`);
const CODE_PATTERN = new RegExp(`^(${IDENTIFIER})-(\\d{2})(\\d{2})(\\d{2})-(\\d{4,})$`);

interface ParsedDossierCode {
  readonly agencyIdentifier: string;
  /** Reception date `YYYY-MM-DD` (years 2000–2099). */
  readonly date: string;
  readonly sequence: number;
}

export function isAgencyIdentifier(value: string): boolean {
  return IDENTIFIER_PATTERN.test(value);
}

/** `YYMMDD` of an instant's Vietnam date. */
function receptionDatePart(instant: number): string {
  const iso = localIsoDate(instant);
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;
}

/** CODE-1: the code of the `sequence`-th dossier received by the agency on that Vietnam date. */
export function formatDossierCode(
  agencyIdentifier: string,
  receptionInstant: number,
  sequence: number,
): string {
  if (!isAgencyIdentifier(agencyIdentifier)) {
    throw new DomainError(
      "AGENCY_IDENTIFIER_INVALID",
      `Mã định danh cơ quan "${agencyIdentifier}" không đúng dạng 000.00.06.H56.`,
      { rule: "CODE-1", details: { agencyIdentifier } },
    );
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new DomainError("DOSSIER_SEQUENCE_INVALID", "Số thứ tự hồ sơ phải là số nguyên dương.", {
      rule: "CODE-1",
      details: { sequence },
    });
  }
  if (!Number.isFinite(receptionInstant)) {
    throw new DomainError("TIME_INVALID", `Thời điểm ${String(receptionInstant)} không hợp lệ.`);
  }
  return `${agencyIdentifier}-${receptionDatePart(receptionInstant)}-${String(sequence).padStart(4, "0")}`;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The parts of a well-formed code, or null (bad shape, impossible date, sequence 0, non-canonical digits). */
export function parseDossierCode(code: string): ParsedDossierCode | null {
  const match = typeof code === "string" ? CODE_PATTERN.exec(code) : null;
  if (!match) return null;
  const [, agencyIdentifier = "", yy = "", mm = "", dd = "", digits = ""] = match;
  const year = 2000 + Number(yy);
  if (!validDate(year, Number(mm), Number(dd))) return null;
  const sequence = Number(digits);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  if (String(sequence).padStart(4, "0") !== digits) return null;
  return { agencyIdentifier, date: `${year}-${mm}-${dd}`, sequence };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}

/** Parses a code or throws DOSSIER_CODE_INVALID (CODE-1). */
function assertDossierCode(code: string): ParsedDossierCode {
  const parsed = parseDossierCode(code);
  if (!parsed) throw DossierErrors.codeInvalid(code);
  return parsed;
}

/** CODE-1: the code must name the receiving agency and the reception date (Vietnam time). */
export function assertCodeMatches(code: string, agencyIdentifier: string, receptionInstant: number): void {
  const parsed = assertDossierCode(code);
  const expectedDate = localIsoDate(receptionInstant);
  if (parsed.agencyIdentifier !== agencyIdentifier || parsed.date !== expectedDate) {
    throw DossierErrors.codeMismatch(code, `${agencyIdentifier}, ${expectedDate}`);
  }
}
