import { z } from "zod";

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD");
const ClockTime = z.string().regex(/^\d{2}:\d{2}$/, "giờ phải có dạng HH:MM");
export const AgencyId = z.uuid("mã cơ quan không hợp lệ");

export const DayKind = z.enum(["holiday", "day_off", "working_day"]);
export type DayKind = z.infer<typeof DayKind>;
export const ResolvedDayKind = z.enum(["weekday", "weekend", "holiday", "day_off", "working_day"]);
export type ResolvedDayKind = z.infer<typeof ResolvedDayKind>;
export const DurationUnit = z.enum(["working_days", "working_hours", "half_days", "calendar_days"]);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const WorkingPeriod = z.object({ start: ClockTime, end: ClockTime });
export type WorkingPeriod = z.infer<typeof WorkingPeriod>;

/** Where a day's status comes from, seen from the calendar level being viewed. */
export const DaySetting = z.enum(["default", "inherited", "own"]);
export type DaySetting = z.infer<typeof DaySetting>;

export const CalendarDay = z.object({
  date: IsoDate,
  working: z.boolean(),
  kind: ResolvedDayKind,
  name: z.string(),
  /** `own`: set at this level (can be reset); `inherited`: set nationally or by a parent agency; `default`: weekday/weekend/CAL-2 rule. */
  setting: DaySetting,
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** A year of an agency's calendar (or the national default when `agencyId` is null). */
export const CalendarYear = z.object({
  year: z.number().int(),
  agencyId: z.string().nullable(),
  /** True when the Government's official schedule for the year was imported (CAL-4). */
  official: z.boolean(),
  workingHours: z.array(WorkingPeriod),
  /** True when an agency has no office hours of its own and uses its parent's (or the national ones). */
  workingHoursInherited: z.boolean(),
  /** Identifies the calendar revisions this view was computed from. */
  revisionKey: z.string(),
  days: z.array(CalendarDay),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarYearParams = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
export const AgencyQuery = z.object({ agencyId: AgencyId.optional() });

export const DueDateQuery = z.object({
  /** Reception instant (ISO 8601 with offset); default: now. */
  from: z.iso
    .datetime({ offset: true, error: "thời điểm phải theo ISO 8601, ví dụ 2026-02-13T16:00:00+07:00" })
    .optional(),
  amount: z.coerce.number().min(0, "thời hạn không được âm").max(3650),
  unit: DurationUnit,
  agencyId: AgencyId.optional(),
  /** CAL-8 same-day cut-off of the procedure, e.g. 15:00. */
  sameDayCutoff: ClockTime.optional(),
});
export type DueDateQuery = z.infer<typeof DueDateQuery>;

export const DueDatePreview = z.object({
  from: z.string(),
  /** When counting starts: the next working instant at or after `from` (CAL-6). */
  countingStartsAt: z.string(),
  due: z.string(),
  /** Vietnam wall-clock date and time of the due instant, `YYYY-MM-DDTHH:MM`. */
  dueLocal: z.string(),
  amount: z.number(),
  unit: DurationUnit,
  revisionKey: z.string(),
});
export type DueDatePreview = z.infer<typeof DueDatePreview>;

export const SetCalendarDay = z.object({
  agencyId: AgencyId.nullable().optional(),
  kind: DayKind,
  name: z.string().trim().min(1, "cần ghi tên/ lý do của ngày").max(200),
});
export type SetCalendarDay = z.infer<typeof SetCalendarDay>;

export const DateParams = z.object({ date: IsoDate });

export const SetWorkingHours = z.object({
  agencyId: AgencyId.nullable().optional(),
  /** Null for an agency: inherit the working hours of the parent agency / national calendar. */
  periods: z.array(WorkingPeriod).min(1).max(4).nullable(),
});
export type SetWorkingHours = z.infer<typeof SetWorkingHours>;

/** An official yearly schedule (CAL-4) as announced: ranges of days off and days worked. */
export const OfficialSchedule = z.object({
  year: z.number().int().min(1900).max(2199),
  source: z.string().trim().min(1, "cần ghi căn cứ (số văn bản)").max(300),
  entries: z
    .array(
      z.object({
        from: IsoDate,
        to: IsoDate,
        kind: DayKind,
        name: z.string().trim().min(1).max(200),
      }),
    )
    .min(1)
    .max(200),
});
export type OfficialSchedule = z.infer<typeof OfficialSchedule>;

export const CalendarChange = z.object({
  revision: z.number().int(),
  summary: z.string(),
});
export type CalendarChange = z.infer<typeof CalendarChange>;

export const CalendarHistory = z.object({
  revisions: z.array(CalendarChange.extend({ changedAt: z.string(), changedBy: z.string().nullable() })),
});
export type CalendarHistory = z.infer<typeof CalendarHistory>;
