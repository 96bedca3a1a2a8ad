import { DomainError } from "../errors.ts";

/**
 * Date arithmetic without `Date`: proleptic Gregorian dates as day numbers (days since
 * 1970-01-01), and instants (epoch ms, UTC) read in Vietnam time, UTC+7 all year (no DST).
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1_440;
/** Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** Julian day number of 1970-01-01 (day number 0). */
export const JULIAN_DAY_OF_EPOCH = 2_440_588;

/** Years the calendar engine accepts (the lunar method is accurate well beyond this range). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Day number of a civil date (era-based algorithm, exact for every proleptic Gregorian date). */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of {@link dayNumberFromCivil}. */
export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`, or returns undefined when it is not a real date in the supported years. */
export function tryParseIsoDate(text: string): CivilDate | undefined {
  const match = typeof text === "string" ? ISO_DATE.exec(text) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return tryParseIsoDate(text) !== undefined;
}

/** Day number of a `YYYY-MM-DD` date; a DomainError `DATE_INVALID` otherwise. */
export function dayNumberFromIso(text: string): number {
  const date = tryParseIsoDate(text);
  if (!date) {
    throw new DomainError(
      "DATE_INVALID",
      `Ngày "${String(text)}" không hợp lệ (định dạng YYYY-MM-DD, năm ${MIN_YEAR}–${MAX_YEAR}).`,
    );
  }
  return dayNumberFromCivil(date.year, date.month, date.day);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function isoFromCivil(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function isoFromDayNumber(dayNumber: number): string {
  return isoFromCivil(civilFromDayNumber(dayNumber));
}

/** Vietnam-time day number of an instant. */
export function localDayNumber(instant: number): number {
  return Math.floor((instant + VIETNAM_OFFSET_MS) / MS_PER_DAY);
}

/** Vietnam-time `YYYY-MM-DD` of an instant. */
export function localIsoDate(instant: number): string {
  return isoFromDayNumber(localDayNumber(instant));
}

/** Milliseconds since Vietnam-time midnight of an instant. */
export function localMsOfDay(instant: number): number {
  const local = instant + VIETNAM_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant of a Vietnam-time wall clock reading: day number + minutes since midnight. */
export function instantAt(dayNumber: number, minuteOfDay: number): number {
  return dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - VIETNAM_OFFSET_MS;
}

/** Vietnam-time midnight that starts a year, as an instant. */
export function yearStartInstant(year: number): number {
  return instantAt(dayNumberFromCivil(year, 1, 1), 0);
}

/** Vietnam-time year of an instant. */
export function localYear(instant: number): number {
  return civilFromDayNumber(localDayNumber(instant)).year;
}

const HH_MM = /^(\d{2}):(\d{2})$/;

/** Minutes since midnight of `HH:MM` (00:00–24:00), or undefined. */
export function tryParseClockTime(text: string): number | undefined {
  const match = typeof text === "string" ? HH_MM.exec(text) : null;
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

/**
 * Parses an ISO-like local wall-clock text `YYYY-MM-DDTHH:MM` (Vietnam time) to an instant.
 * Meant for tests, fixtures and the UI boundary; not used in hot paths.
 */
export function vietnamInstant(text: string): number {
  const [datePart = "", timePart = "00:00"] = text.split("T");
  const minute = tryParseClockTime(timePart.slice(0, 5));
  if (minute === undefined || minute >= MINUTES_PER_DAY) {
    throw new DomainError("TIME_INVALID", `Thời điểm "${text}" không hợp lệ (định dạng YYYY-MM-DDTHH:MM).`);
  }
  return instantAt(dayNumberFromIso(datePart), minute);
}

/** Formats an instant as Vietnam wall-clock `YYYY-MM-DDTHH:MM` (seconds dropped). */
export function formatVietnamInstant(instant: number): string {
  const minute = Math.floor(localMsOfDay(instant) / MS_PER_MINUTE);
  return `${localIsoDate(instant)}T${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}`;
}
