import { dayNumberFromCivil, dayNumberFromIso, isoFromDayNumber, isWeekend } from "./dates.ts";
import { lunarToSolar } from "./lunar.ts";

/**
 * Default public holidays of a year (Labour Code 2019 Art. 112(1), CAL-2) and the compensatory
 * days they give when they fall on a weekend (Art. 111(3), CAL-3). They apply only to years for
 * which no official schedule was imported (CAL-4); the Prime Minister fixes the actual Tết days and
 * the extra Quốc khánh day every year.
 *
 * Choices where the law leaves one to the yearly decision:
 * - Tết Nguyên đán: the last day of the lunar year (29 or 30 Tết) and the first 4 days of the new
 *   year (mùng 1–4) — the default named by CAL-2.
 * - Quốc khánh: 02/9 plus the day before, 01/9 (the adjacent day chosen in 2025 and 2026).
 */

type HolidayKind = "holiday" | "compensatory";

interface Holiday {
  date: string;
  kind: HolidayKind;
  name: string;
}

const HOLIDAY_NAMES = {
  newYear: "Tết Dương lịch",
  lunarNewYear: "Tết Nguyên đán",
  hungKings: "Giỗ Tổ Hùng Vương",
  reunification: "Ngày Chiến thắng",
  labourDay: "Quốc tế Lao động",
  nationalDay: "Quốc khánh",
} as const;

interface HolidayDay {
  dayNumber: number;
  name: string;
}

function solarHolidays(year: number): HolidayDay[] {
  return [
    { dayNumber: dayNumberFromCivil(year, 1, 1), name: HOLIDAY_NAMES.newYear },
    { dayNumber: dayNumberFromCivil(year, 4, 30), name: HOLIDAY_NAMES.reunification },
    { dayNumber: dayNumberFromCivil(year, 5, 1), name: HOLIDAY_NAMES.labourDay },
    { dayNumber: dayNumberFromCivil(year, 9, 1), name: HOLIDAY_NAMES.nationalDay },
    { dayNumber: dayNumberFromCivil(year, 9, 2), name: HOLIDAY_NAMES.nationalDay },
  ];
}

/** Tết and Giỗ Tổ; lunar 1/1 and 10/3 of lunar year `year` always fall in solar year `year`. */
function lunarHolidays(year: number): HolidayDay[] {
  const firstDay = dayNumberFromIso(lunarToSolar({ day: 1, month: 1, year, leap: false }));
  const tet = [-1, 0, 1, 2, 3].map((offset) => ({
    dayNumber: firstDay + offset,
    name: HOLIDAY_NAMES.lunarNewYear,
  }));
  const hungKings = dayNumberFromIso(lunarToSolar({ day: 10, month: 3, year, leap: false }));
  return [...tet, { dayNumber: hungKings, name: HOLIDAY_NAMES.hungKings }];
}

/**
 * CAL-3: each holiday on a Saturday or Sunday gives one day off on the next day that is neither a
 * weekend, a holiday, nor a compensatory day already given (so 30/4 Sat + 1/5 Sun → Mon 2/5 and
 * Tue 3/5).
 */
function compensatoryDays(holidays: HolidayDay[]): HolidayDay[] {
  const taken = new Set(holidays.map((holiday) => holiday.dayNumber));
  const result: HolidayDay[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.dayNumber)) continue;
    let candidate = holiday.dayNumber + 1;
    while (isWeekend(candidate) || taken.has(candidate)) candidate += 1;
    taken.add(candidate);
    result.push({ dayNumber: candidate, name: `Nghỉ bù ${holiday.name}` });
  }
  return result;
}

/** The default holidays (CAL-2) and compensatory days (CAL-3) of a year, sorted by date. */
export function defaultHolidays(year: number): Holiday[] {
  const holidays = [...solarHolidays(year), ...lunarHolidays(year)].sort((a, b) => a.dayNumber - b.dayNumber);
  const toEntry =
    (kind: HolidayKind) =>
    ({ dayNumber, name }: HolidayDay): Holiday => ({ date: isoFromDayNumber(dayNumber), kind, name });
  return [
    ...holidays.map(toEntry("holiday")),
    ...compensatoryDays(holidays).map(toEntry("compensatory")),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
