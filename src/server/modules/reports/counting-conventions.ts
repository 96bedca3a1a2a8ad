import { type RawBuilder, sql } from "kysely";
import type { II06A_COLUMN_KEYS } from "../../../contracts/reports.ts";

/**
 * RPT-7: the counting conventions, written once (docs/REPORTING.md explains them with examples).
 * Every figure of Biểu II.06a and the list of dossiers behind it are the same SQL predicate from
 * here, over the dossier row aliased `d` (its columns are derived from the state on every write,
 * dossier-store.ts `derivedColumns`), so a figure and its list cannot disagree.
 *
 * A period is [from, to): Vietnam-time midnights as instants (report-period.ts).
 */
export interface ReportPeriod {
  readonly from: number;
  readonly to: number;
}

/**
 * CAN-3: cancelled and test dossiers never count; a dossier counts only once officially received
 * (`received_at`: counter or post reception, or online acceptance). An online dossier refused at
 * reception or declared not competent was never received, so it counts nowhere.
 */
const COUNTED = sql<boolean>`(not d.cancelled and not d.is_test and d.received_at is not null)`;

/**
 * When the dossier stopped being in progress: the finish (result or refusal after review, with
 * its class against the statutory due, CAL-9), or for a withdrawn dossier the end of the
 * withdrawal (WDR-4). Null while in progress.
 */
export const RESOLVED_AT = sql<Date | null>`coalesce(d.finished_at, case when d.status = 'withdrawn' then d.closed_at end)`;

/**
 * The resolved instant, infinity while in progress: the key of the report index (migration 0021,
 * the same expression), so that a period's dossiers are one range of it.
 */
const RESOLVED_OR_OPEN = sql<Date>`coalesce(${RESOLVED_AT}, 'infinity'::timestamptz)`;

/**
 * Early / on time / late of a resolved dossier: the class stored at the finish (classifyFinish
 * against the statutory due; PRC-7: an apology never turns late into on time). A withdrawal has
 * no finish: on time when it ended by the statutory due in force, late after it.
 */
const RESOLUTION_CLASS = sql`case
  when d.finished_at is not null then d.finish_outcome
  when d.due_at is null or d.closed_at <= d.due_at then 'on_time'
  else 'late' end`;

/** The dossiers of a period: received before its end and not resolved before its start. */
export function inPeriod(period: ReportPeriod): RawBuilder<boolean> {
  return sql<boolean>`(${COUNTED} and d.received_at < ${new Date(period.to)}
    and ${RESOLVED_OR_OPEN} >= ${new Date(period.from)})`;
}

const resolvedBefore = (to: number) => sql<boolean>`(${RESOLVED_OR_OPEN} < ${new Date(to)})`;
const inProgressAt = (to: number) => sql<boolean>`(${RESOLVED_OR_OPEN} >= ${new Date(to)})`;

/**
 * Overdue at the end of the period, for a dossier in progress then: its statutory due (`due_at`,
 * the due in force at its last change) is before the end; paused (PAU-3) only if it was already
 * overdue when the pause began (`inbox_due_at`, set only then); never while returned for a
 * supplement (PRC-5: the processing time restarts when the complete dossier arrives).
 */
const overdueAt = (to: number) => sql<boolean>`(case
  when d.status in ('paused', 'correction_requested') then coalesce(d.inbox_due_at < ${new Date(to)}, false)
  when d.status = 'awaiting_supplement' then false
  else coalesce(d.due_at < ${new Date(to)}, false) end)`;

const classIs = (value: "early" | "on_time" | "late") => sql<boolean>`(${RESOLUTION_CLASS} = ${value})`;
const and = (...parts: RawBuilder<boolean>[]) => sql<boolean>`(${sql.join(parts, sql` and `)})`;

export type Ii06aColumn = (typeof II06A_COLUMN_KEYS)[number];

/** Each column's number on the form (null: motcua's "of which" figures) and Vietnamese heading. */
export const II06A_HEADINGS: Readonly<Record<Ii06aColumn, { number: number | null; label: string }>> = {
  received: { number: 3, label: "Tổng số hồ sơ tiếp nhận" },
  received_online: { number: 4, label: "Trong kỳ: trực tuyến" },
  received_direct: { number: 5, label: "Trong kỳ: trực tiếp, dịch vụ bưu chính" },
  carried_over: { number: 6, label: "Từ kỳ trước chuyển sang" },
  resolved: { number: 7, label: "Đã giải quyết: tổng số" },
  resolved_early: { number: 8, label: "Trước hạn" },
  resolved_on_time: { number: 9, label: "Đúng hạn" },
  resolved_late: { number: 10, label: "Quá hạn" },
  in_progress: { number: 11, label: "Đang giải quyết: tổng số" },
  in_progress_on_time: { number: 12, label: "Trong hạn" },
  in_progress_overdue: { number: 13, label: "Quá hạn" },
  resolved_late_with_apology: { number: null, label: "Trong đó quá hạn có văn bản xin lỗi" },
  withdrawn: { number: null, label: "Trong đó rút hồ sơ" },
};

/**
 * The predicate of a column, for a dossier already in the period (`inPeriod`). The identities
 * hold by construction: 3 = 4 + 5 + 6 (received in the period by channel, or before it),
 * 3 = 7 + 11 (resolved before the end, or not), 7 = 8 + 9 + 10 (one class each),
 * 11 = 12 + 13 (overdue at the end, or not).
 */
export function columnPredicate(column: Ii06aColumn, period: ReportPeriod): RawBuilder<boolean> {
  const from = new Date(period.from);
  const receivedInPeriod = sql<boolean>`(d.received_at >= ${from})`;
  const resolved = resolvedBefore(period.to);
  const inProgress = inProgressAt(period.to);
  switch (column) {
    case "received":
      return sql<boolean>`true`;
    case "received_online":
      return and(receivedInPeriod, sql<boolean>`(d.channel = 'online')`);
    case "received_direct":
      return and(receivedInPeriod, sql<boolean>`(d.channel <> 'online')`);
    case "carried_over":
      return sql<boolean>`(d.received_at < ${from})`;
    case "resolved":
      return resolved;
    case "resolved_early":
      return and(resolved, classIs("early"));
    case "resolved_on_time":
      return and(resolved, classIs("on_time"));
    case "resolved_late":
      return and(resolved, classIs("late"));
    case "in_progress":
      return inProgress;
    case "in_progress_on_time":
      return and(inProgress, sql<boolean>`not ${overdueAt(period.to)}`);
    case "in_progress_overdue":
      return and(inProgress, overdueAt(period.to));
    case "resolved_late_with_apology":
      return and(resolved, classIs("late"), sql<boolean>`d.apology_issued`);
    case "withdrawn":
      return and(resolved, sql<boolean>`(d.finished_at is null)`);
  }
}
