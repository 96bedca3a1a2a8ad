import { DomainError } from "../errors.ts";
import { isIsoDate, MAX_YEAR, MIN_YEAR, MINUTES_PER_DAY, tryParseClockTime } from "./dates.ts";
import { type CalendarSpec, DAY_KINDS, type DayKind, type WorkingPeriod } from "./spec.ts";

/** One problem found in a calendar spec: stable code, JSON-path-like location, Vietnamese message. */
interface SpecIssue {
  code: string;
  path: string;
  message: string;
}

type IssueSink = (code: string, path: string, message: string) => void;

function checkPeriodTimes(
  period: WorkingPeriod,
  path: string,
  report: IssueSink,
): [number, number] | undefined {
  const start = tryParseClockTime(period?.start);
  const end = tryParseClockTime(period?.end);
  if (start === undefined || start >= MINUTES_PER_DAY) {
    report(
      "CAL_TIME_INVALID",
      `${path}.start`,
      `Giờ bắt đầu "${period?.start}" không hợp lệ (định dạng HH:MM).`,
    );
  }
  if (end === undefined) {
    report(
      "CAL_TIME_INVALID",
      `${path}.end`,
      `Giờ kết thúc "${period?.end}" không hợp lệ (định dạng HH:MM).`,
    );
  }
  if (start === undefined || end === undefined || start >= MINUTES_PER_DAY) return undefined;
  if (end <= start) {
    report("CAL_PERIOD_EMPTY", path, `Giờ kết thúc ${period.end} phải sau giờ bắt đầu ${period.start}.`);
    return undefined;
  }
  return [start, end];
}

function checkWorkingHours(hours: readonly WorkingPeriod[], report: IssueSink): void {
  if (!Array.isArray(hours) || hours.length === 0) {
    report("CAL_HOURS_EMPTY", "workingHours", "Phải có ít nhất một khoảng giờ làm việc trong ngày.");
    return;
  }
  let previous: { range: [number, number]; index: number } | undefined;
  hours.forEach((period, index) => {
    const path = `workingHours[${index}]`;
    const range = checkPeriodTimes(period, path, report);
    if (!range) return;
    if (previous && range[0] < previous.range[0]) {
      report("CAL_PERIODS_UNSORTED", path, "Các khoảng giờ làm việc phải xếp theo thứ tự thời gian.");
    } else if (previous && range[0] < previous.range[1]) {
      report(
        "CAL_PERIODS_OVERLAP",
        path,
        `Khoảng giờ ${period.start}–${period.end} chồng lên khoảng giờ thứ ${previous.index + 1}.`,
      );
    }
    previous = { range, index };
  });
}

function checkOverrides(spec: CalendarSpec, report: IssueSink): void {
  if (!Array.isArray(spec.overrides)) {
    report("CAL_OVERRIDES_INVALID", "overrides", "Danh sách ngày điều chỉnh phải là một mảng.");
    return;
  }
  const seen = new Map<string, number>();
  spec.overrides.forEach((override, index) => {
    const path = `overrides[${index}]`;
    if (!isIsoDate(override?.date)) {
      report(
        "CAL_DATE_INVALID",
        `${path}.date`,
        `Ngày "${override?.date}" không hợp lệ (định dạng YYYY-MM-DD, năm ${MIN_YEAR}–${MAX_YEAR}).`,
      );
    } else if (seen.has(override.date)) {
      report("CAL_DATE_DUPLICATE", `${path}.date`, `Ngày ${override.date} được khai báo nhiều lần.`);
    } else {
      seen.set(override.date, index);
    }
    if (!DAY_KINDS.includes(override?.kind as DayKind)) {
      report("CAL_KIND_INVALID", `${path}.kind`, `Loại ngày "${override?.kind}" không hợp lệ.`);
    }
    if (typeof override?.name !== "string" || override.name.trim() === "") {
      report("CAL_NAME_EMPTY", `${path}.name`, "Phải ghi tên hoặc lý do của ngày điều chỉnh.");
    }
  });
}

function checkOfficialYears(spec: CalendarSpec, report: IssueSink): void {
  if (!Array.isArray(spec.officialYears)) {
    report("CAL_YEAR_INVALID", "officialYears", "Danh sách năm có lịch chính thức phải là một mảng.");
    return;
  }
  spec.officialYears.forEach((year, index) => {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      report("CAL_YEAR_INVALID", `officialYears[${index}]`, `Năm "${year}" không hợp lệ.`);
    }
  });
}

/** Every problem of a calendar spec (empty when it is valid). */
export function validateCalendarSpec(spec: CalendarSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const report: IssueSink = (code, path, message) => issues.push({ code, path, message });
  checkWorkingHours(spec.workingHours, report);
  checkOverrides(spec, report);
  checkOfficialYears(spec, report);
  if (typeof spec.useDefaultHolidays !== "boolean") {
    report("CAL_FLAG_INVALID", "useDefaultHolidays", "Trường useDefaultHolidays phải là true hoặc false.");
  }
  return issues;
}

/** Throws `CAL_SPEC_INVALID` listing the issues, for code that cannot work with a bad spec. */
export function assertValidCalendarSpec(spec: CalendarSpec): void {
  const issues = validateCalendarSpec(spec);
  if (issues.length === 0) return;
  throw new DomainError(
    "CAL_SPEC_INVALID",
    `Lịch làm việc không hợp lệ: ${issues.map((issue) => issue.message).join(" ")}`,
    { rule: "CAL-1", details: { issues } },
  );
}
