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
 * A period whose bounds may also be SQL instants computed per row (the dashboard's month of each
 * dossier, dashboard-trend.ts), so that a figure per month is the same predicate as the month's
 * Biểu II.06a without running one query per month.
 */
export type PeriodBounds = ReportPeriod | { readonly from: RawBuilder<Date>; readonly to: RawBuilder<Date> };

const instant = (at: number | RawBuilder<Date>) => (typeof at === "number" ? sql<Date>`${new Date(at)}` : at);

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
 * RPT-1: the workflow step a dossier is at now, written once for the dashboard ("by step") and the
 * statistics (by step, by officer) and the usage per officer: at a step, that step, also while
 * paused or awaiting a correction there; a transfer not yet accepted, the step it goes to; else
 * none. Derived from the state on every write (dossier-store.ts `derivedColumns`,
 * `currentOrPendingStep`; migration 0026), so no report reads the JSON state.
 */
export const CURRENT_STEP = {
  /** The step's index in the dossier's workflow (null: not at a step). */
  index: sql<number | null>`d.current_step_index`,
  /** The unit doing it and the role it needs. */
  unitId: sql<string | null>`d.current_step_unit_id`,
  role: sql<string | null>`d.current_step_role`,
  /** The step's name in the dossier's workflow. */
  name: sql<string | null>`d.current_step_name`,
  /** The officer assigned to it (PRC-9; null: nobody, or a transfer not yet accepted). */
  assigneeId: sql<string | null>`d.current_step_assignee_id`,
} as const;

/** PRC-2: the officer who handed the dossier on from its last processing step (null: none). */
export const LAST_STEP_OFFICER = sql<string | null>`d.last_step_officer_id`;

/**
 * The resolved instant, infinity while in progress: the key of the report index (migration 0021,
 * the same expression), so that a period's dossiers are one range of it.
 */
const RESOLVED_OR_OPEN = sql<Date>`coalesce(${RESOLVED_AT}, 'infinity'::timestamptz)`;

/**
 * A counted dossier (CAN-3) in progress now, whatever the period: what an officer's current load
 * counts (officer-usage-report.ts). Written as the report index's key at infinity (the same as the
 * resolved instant being null), so that it is one range of that index.
 */
export const IN_PROGRESS_NOW = sql<boolean>`(${COUNTED} and ${RESOLVED_OR_OPEN} = 'infinity'::timestamptz)`;

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
export function inPeriod(period: PeriodBounds): RawBuilder<boolean> {
  return sql<boolean>`(${COUNTED} and d.received_at < ${instant(period.to)}
    and ${RESOLVED_OR_OPEN} >= ${instant(period.from)})`;
}

type Bound = PeriodBounds["to"];
const resolvedBefore = (to: Bound) => sql<boolean>`(${RESOLVED_OR_OPEN} < ${instant(to)})`;
const inProgressAt = (to: Bound) => sql<boolean>`(${RESOLVED_OR_OPEN} >= ${instant(to)})`;

/**
 * Overdue at the end of the period, for a dossier in progress then: its statutory due (`due_at`,
 * the due in force at its last change) is before the end; paused (PAU-3) only if it was already
 * overdue when the pause began (`inbox_due_at`, set only then); never while returned for a
 * supplement (PRC-5: the processing time restarts when the complete dossier arrives).
 */
const overdueAt = (to: Bound) => sql<boolean>`(case
  when d.status in ('paused', 'correction_requested') then coalesce(d.inbox_due_at < ${instant(to)}, false)
  when d.status = 'awaiting_supplement' then false
  else coalesce(d.due_at < ${instant(to)}, false) end)`;

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
  received_full_online: { number: null, label: "Trong đó trực tuyến toàn trình" },
  received_partial_online: { number: null, label: "Trong đó trực tuyến một phần" },
  paused_at_end: { number: null, label: "Trong đó dừng xử lý" },
  awaiting_acceptance: { number: null, label: "Chờ tiếp nhận" },
};

/**
 * "Chờ tiếp nhận" of current provincial exports (LEGAL-RESEARCH §9; REC-3): online dossiers
 * submitted before the period's end and, at that end, neither accepted (`received_at`) nor closed
 * otherwise (refused at reception, not competent, withdrawn: `closed_at`). Never received, so in no
 * other column and outside the identities: its own source of dossiers, not `inPeriod`. Cancelled
 * and test dossiers never count (CAN-3).
 */
export function awaitingAcceptanceAt(period: Pick<ReportPeriod, "to">): RawBuilder<boolean> {
  const to = instant(period.to);
  return sql<boolean>`(not d.cancelled and not d.is_test and d.channel = 'online'
    and d.submitted_at < ${to} and coalesce(d.received_at, d.closed_at, 'infinity'::timestamptz) >= ${to})`;
}

/**
 * Whether "paused at the end" (Mẫu 05, TT 03/2025: dừng xử lý, PAU-1) can be known for a period:
 * the row keeps only the current status (the pauses' from/to are in the state, too slow to read at
 * scale), which is the status at the period's end only while that end is not past. For a period
 * that ended before `now` the figure is null (unknown), never a guess.
 */
export const pausedAtEndKnown = (period: ReportPeriod, now: number): boolean => period.to > now;

/**
 * The predicate of a column, for a dossier already in the period (`inPeriod`). The identities
 * hold by construction: 3 = 4 + 5 + 6 (received in the period by channel, or before it),
 * 3 = 7 + 11 (resolved before the end, or not), 7 = 8 + 9 + 10 (one class each),
 * 11 = 12 + 13 (overdue at the end, or not).
 */
export function columnPredicate(column: Ii06aColumn, period: PeriodBounds): RawBuilder<boolean> {
  const from = instant(period.from);
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
    // Of column 4, by the service level of the procedure version it was received under (DVC toàn
    // trình / một phần, NĐ 42/2022, LEGAL-RESEARCH §9): their sum is at most column 4 (a dossier of
    // an information-only procedure received online would be in neither).
    case "received_full_online":
      return and(
        columnPredicate("received_online", period),
        sql<boolean>`(pv.service_level = 'full_online')`,
      );
    case "received_partial_online":
      return and(
        columnPredicate("received_online", period),
        sql<boolean>`(pv.service_level = 'partial_online')`,
      );
    // Of column 11: paused (PAU-1, Mẫu 05 "dừng xử lý") by its current status, which is its status
    // at the period's end only when that end is not past (`pausedAtEndKnown`; null figure else).
    case "paused_at_end":
      return and(inProgress, sql<boolean>`(d.status = 'paused')`);
    // Not of the period's dossiers: its own source (`awaitingAcceptanceAt`), listed from there.
    case "awaiting_acceptance":
      return sql<boolean>`false`;
  }
}

/**
 * RPT-1 (the leaders' dashboard): "now" is the instant `at` as the end of an empty period
 * [at, at), so that "in progress now" and "overdue now" are exactly Biểu II.06a's columns 11 and 13
 * at that instant (`inPeriod` and `columnPredicate` of this period).
 */
export const instantPeriod = (at: number): ReportPeriod => ({ from: at, to: at });

/**
 * Due soon at `at` (RPT-1, PRC-7): in progress and not overdue then (column 12 of `instantPeriod`),
 * with its statutory due still running and within the warning period before it (the procedure's
 * `lateWarning`, 2 working days by default, in the receiving agency's working calendar): the
 * instants the deadline code stores on the row (job-columns.ts `inbox_due_at`, `late_warning_at`,
 * null once the warning was given for the due in force, hence then within the period), the same
 * ones the inbox's due-soon box compares with. A paused dossier or one returned for a supplement
 * has no running due, so it is never due soon.
 */
export function dueSoonAt(at: number): RawBuilder<boolean> {
  const now = new Date(at);
  return and(
    columnPredicate("in_progress_on_time", instantPeriod(at)),
    sql<boolean>`(d.inbox_due_at >= ${now})`,
    sql<boolean>`(d.late_warning_at is null or d.late_warning_at <= ${now})`,
  );
}
