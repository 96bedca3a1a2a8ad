/**
 * Vietnamese identifiers typed into forms: personal identification numbers, phone numbers and
 * e-mail addresses. Only checks that are known to hold are made: a wrong refusal would stop a
 * real person from submitting.
 */

/**
 * Personal identification number (số định danh cá nhân, printed on the CCCD / Căn cước card):
 * 12 digits — 3 for the province or country of birth registration, 1 for sex and century,
 * 2 for the year of birth, 6 random (Nghị định 137/2015/NĐ-CP Art. 7; TT 59/2021/TT-BCA).
 * The century digit: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s.
 * The place code is not checked against a list: codes for births registered abroad exist too.
 */
interface DecodedIdNumber {
  kind: "cccd" | "cmnd";
  digits: string;
  /** CCCD only: the year of birth it encodes, and sex. */
  birthYear?: number;
  sex?: "male" | "female";
}

/** Spaces, dots and dashes people type between groups of digits are ignored. */
export function cleanDigits(text: string): string {
  return text.replace(/[\s.-]/g, "");
}

export function decodeIdNumber(text: string): DecodedIdNumber | undefined {
  const digits = cleanDigits(text);
  if (/^\d{12}$/.test(digits)) {
    const centuryDigit = Number(digits[3]);
    const birthYear = 1900 + Math.floor(centuryDigit / 2) * 100 + Number(digits.slice(4, 6));
    return { kind: "cccd", digits, birthYear, sex: centuryDigit % 2 === 0 ? "male" : "female" };
  }
  // Legacy identity card (chứng minh nhân dân), 9 digits; still seen on older papers.
  if (/^\d{9}$/.test(digits)) return { kind: "cmnd", digits };
  return undefined;
}

/**
 * Vietnamese phone numbers in the national form `0…`: mobile numbers have 10 digits with the
 * prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x); landlines have 11 digits
 * starting 02 (area code 2xx + subscriber number). `+84`/`84` is turned into `0`; spaces, dots,
 * dashes and brackets are ignored.
 */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;

export type PhoneKind = "mobile" | "landline";

export function normalizePhone(text: string): string {
  let digits = text.replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("84") && (digits.length === 11 || digits.length === 12))
    digits = `0${digits.slice(2)}`;
  return digits;
}

export function phoneKindOf(normalized: string): PhoneKind | undefined {
  if (MOBILE.test(normalized)) return "mobile";
  if (LANDLINE.test(normalized)) return "landline";
  return undefined;
}

/** A practical e-mail check (one @, a dotted domain, no spaces); the mail server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EMAIL_MAX_LENGTH = 254;

export function isEmail(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL.test(text);
}
