import { DomainError } from "../errors.ts";
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberFromIso,
  isoFromDayNumber,
  JULIAN_DAY_OF_EPOCH,
  MAX_YEAR,
  MIN_YEAR,
} from "./dates.ts";

/**
 * Vietnamese lunisolar calendar (âm lịch) computed for UTC+7 (CAL-2), after the astronomical
 * method published by Hồ Ngọc Đức:
 * - a month starts on the local day of a new moon (mean new moon + the main periodic terms of
 *   Jean Meeus, "Astronomical Algorithms", ch. 49, with a ΔT correction);
 * - month 11 is the month containing the winter solstice (sun longitude 270°);
 * - a lunar year with 13 months (13 new moons between two months 11) has a leap month: the
 *   first month after month 11 in which the sun enters no new 30° sector (no major solar term);
 *   it takes the number of the month before it.
 * Because it uses UTC+7 rather than UTC+8, some years differ from the Chinese calendar
 * (Tết 1985 = 21/01/1985, Tết 2007 = 17/02/2007 in Vietnam).
 *
 * Days are handled as Julian day numbers (JDN) internally.
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the days of a leap month (tháng nhuận). */
  leap: boolean;
}

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** JD of the new moon of 1900-01-01, the origin (k = 0) of the lunation numbers used here. */
const LUNATION_ORIGIN_JD = 2_415_021.076998695;
const DEG = Math.PI / 180;

function sinDeg(degrees: number): number {
  return Math.sin(degrees * DEG);
}

/** Julian ephemeris date of the k-th new moon after 1900-01-01 (Meeus, reduced series). */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const meanNewMoon =
    2_415_020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const correction =
    (0.1734 - 0.000393 * t) * sinDeg(sunAnomaly) +
    0.0021 * sinDeg(2 * sunAnomaly) -
    0.4068 * sinDeg(moonAnomaly) +
    0.0161 * sinDeg(2 * moonAnomaly) -
    0.0004 * sinDeg(3 * moonAnomaly) +
    0.0104 * sinDeg(2 * moonLatitude) -
    0.0051 * sinDeg(sunAnomaly + moonAnomaly) -
    0.0074 * sinDeg(sunAnomaly - moonAnomaly) +
    0.0004 * sinDeg(2 * moonLatitude + sunAnomaly) -
    0.0004 * sinDeg(2 * moonLatitude - sunAnomaly) -
    0.0006 * sinDeg(2 * moonLatitude + moonAnomaly) +
    0.001 * sinDeg(2 * moonLatitude - moonAnomaly) +
    0.0005 * sinDeg(sunAnomaly + 2 * moonAnomaly);
  return meanNewMoon + correction - deltaT(t);
}

/** ΔT (TT − UT) in days, as a polynomial in Julian centuries from 1900. */
function deltaT(t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  if (t < -11) return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
  return -0.000278 + 0.000265 * t + 0.000262 * t2;
}

/** JDN of the local (UTC+7) day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Apparent sun longitude in degrees [0, 360) at a Julian date (low-precision solar theory). */
function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2_451_545.0) / 36_525;
  const t2 = t * t;
  const meanAnomaly = 357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.00029 * sinDeg(3 * meanAnomaly);
  const longitude = meanLongitude + center;
  return longitude - 360 * Math.floor(longitude / 360);
}

/** 30° sector (0–11) of the sun at local midnight starting day `jdn`; 9 = from the winter solstice. */
function sunSectorAtDayStart(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / 30);
}

const month11Cache = new Map<number, number>();

/** JDN of the first day of lunar month 11 (the month holding the winter solstice of `year`). */
function month11Start(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const lastDayOfYear = dayNumberFromCivil(year, 12, 31) + JULIAN_DAY_OF_EPOCH;
  const k = Math.floor((lastDayOfYear - 2_415_021) / SYNODIC_MONTH);
  let start = newMoonDay(k);
  if (sunSectorAtDayStart(start) >= 9) start = newMoonDay(k - 1);
  month11Cache.set(year, start);
  return start;
}

/** Lunation number k of the new moon that starts the month beginning on day `jdn`. */
function lunationOf(jdn: number): number {
  return Math.floor((jdn - LUNATION_ORIGIN_JD) / SYNODIC_MONTH + 0.5);
}

/**
 * In a 13-month year starting at month 11 (`month11Jdn`), the offset (in months from month 11) of
 * the leap month: the first month during which the sun's sector does not change.
 */
function leapMonthOffset(month11Jdn: number): number {
  const k = lunationOf(month11Jdn);
  let offset = 1;
  let sector = sunSectorAtDayStart(newMoonDay(k + offset));
  let previous: number;
  do {
    previous = sector;
    offset += 1;
    sector = sunSectorAtDayStart(newMoonDay(k + offset));
  } while (sector !== previous && offset < 14);
  return offset - 1;
}

/**
 * JDN of the first day of the lunar month containing day `jdn`: the latest new-moon day on or
 * before it. The estimate from the mean lunation can be a month late when the true new moon is
 * ahead of the mean one, so step back until the new moon is not after `jdn`.
 */
function monthStartOn(jdn: number): number {
  let k = Math.floor((jdn - LUNATION_ORIGIN_JD) / SYNODIC_MONTH) + 2;
  let start = newMoonDay(k);
  while (start > jdn) {
    k -= 1;
    start = newMoonDay(k);
  }
  return start;
}

function hasLeapMonth(month11Jdn: number, nextMonth11Jdn: number): boolean {
  return nextMonth11Jdn - month11Jdn > 365;
}

function assertSolarRange(year: number): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError("LUNAR_OUT_OF_RANGE", `Chỉ hỗ trợ âm lịch cho các năm ${MIN_YEAR}–${MAX_YEAR}.`);
  }
}

/** The lunar date (Vietnam, UTC+7) of a solar date `YYYY-MM-DD`. */
export function solarToLunar(date: string): LunarDate {
  const jdn = dayNumberFromIso(date) + JULIAN_DAY_OF_EPOCH;
  const solarYear = civilFromDayNumber(jdn - JULIAN_DAY_OF_EPOCH).year;
  const monthStart = monthStartOn(jdn);

  let month11 = month11Start(solarYear);
  let nextMonth11 = month11;
  let lunarYear: number;
  if (month11 >= monthStart) {
    lunarYear = solarYear;
    month11 = month11Start(solarYear - 1);
  } else {
    lunarYear = solarYear + 1;
    nextMonth11 = month11Start(solarYear + 1);
  }

  const monthsSince11 = Math.floor((monthStart - month11) / 29);
  let month = monthsSince11 + 11;
  let leap = false;
  if (hasLeapMonth(month11, nextMonth11)) {
    const leapOffset = leapMonthOffset(month11);
    if (monthsSince11 >= leapOffset) {
      month = monthsSince11 + 10;
      leap = monthsSince11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && monthsSince11 < 4) lunarYear -= 1;
  return { day: jdn - monthStart + 1, month, year: lunarYear, leap };
}

function invalidLunar(code: string, message: string, lunar: LunarDate): DomainError {
  return new DomainError(code, message, { details: { ...lunar } });
}

/** The solar date `YYYY-MM-DD` of a Vietnamese lunar date; DomainError if that date does not exist. */
export function lunarToSolar(lunar: LunarDate): string {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidLunar("LUNAR_DATE_INVALID", `Tháng âm lịch ${month}/${year} không hợp lệ.`, lunar);
  }
  assertSolarRange(year);
  const [month11, nextMonth11] =
    month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];

  let offset = month - 11 < 0 ? month + 1 : month - 11;
  if (hasLeapMonth(month11, nextMonth11)) {
    const leapOffset = leapMonthOffset(month11);
    const leapMonthNumber = (leapOffset - 2 + 12) % 12 || 12;
    if (leap && month !== leapMonthNumber) {
      throw invalidLunar("LUNAR_NOT_LEAP_MONTH", `Năm âm lịch ${year} không có tháng ${month} nhuận.`, lunar);
    }
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw invalidLunar("LUNAR_NOT_LEAP_MONTH", `Năm âm lịch ${year} không có tháng nhuận.`, lunar);
  }

  const k = lunationOf(month11);
  const monthStart = newMoonDay(k + offset);
  const monthLength = newMoonDay(k + offset + 1) - monthStart;
  if (!Number.isInteger(day) || day < 1 || day > monthLength) {
    throw invalidLunar(
      "LUNAR_DAY_OUT_OF_RANGE",
      `Tháng ${month}${leap ? " nhuận" : ""} năm âm lịch ${year} chỉ có ${monthLength} ngày.`,
      lunar,
    );
  }
  return isoFromDayNumber(monthStart + day - 1 - JULIAN_DAY_OF_EPOCH);
}
