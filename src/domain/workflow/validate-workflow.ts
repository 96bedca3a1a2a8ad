import { tryParseClockTime } from "../calendar/dates.ts";
import { DEFAULT_WORKING_HOURS, type WorkingPeriod } from "../calendar/spec.ts";
import { type Duration, workingMinutesOf } from "../deadline/duration.ts";
import { DomainError } from "../errors.ts";
import {
  formatPath,
  type Issue,
  issuesFromZod,
  type PathSegment,
  vietnameseZodError,
} from "../forms/issues.ts";
import { type TaskStep, WorkflowDefinition, type WorkflowStep } from "./definition.ts";

/** A problem of a workflow, with the rule it breaks when it is a legal one. */
export interface WorkflowIssue extends Issue {
  rule?: string;
}

/** The procedure's statutory processing time (CAL-5) and its same-day cut-off (CAL-8), if any. */
export interface StatutoryTime extends Duration {
  sameDayCutoff?: string | null;
}

/** What of the agency's working calendar the check needs. */
export interface WorkflowCalendar {
  /** Working minutes in a working day (480 with the CAL-1 default). */
  minutesPerDay: number;
  /** Working periods of a day (for a cut-off); default 07:30–11:30, 13:00–17:00. */
  workingHours?: readonly WorkingPeriod[];
}

/** How long a workflow takes: its longest path, against the time it may take. */
export interface WorkflowTotal {
  /** Working minutes, or calendar days for a procedure counted in calendar days. */
  amount: number;
  budget: number;
  measure: "working_minutes" | "calendar_days";
  /** Keys of the steps on the longest path. */
  longestPath: string[];
  /** Vietnamese, e.g. "9 ngày làm việc". */
  text: string;
  budgetText: string;
}

type WorkflowValidation =
  | { ok: true; definition: WorkflowDefinition; total: WorkflowTotal }
  | { ok: false; errors: WorkflowIssue[] };

/**
 * Checks an electronic workflow (PRC-1, PRC-4) against the procedure's statutory time:
 * - the schema: steps with a name, a known role (one of the seven), a responsible unit and a
 *   duration; unique step keys;
 * - the flow: `next` names later steps of the same list, and every step can be reached from the
 *   first (no step is left out of every path);
 * - the time: the steps' durations along the longest path sum to at most the statutory time.
 *   Working time is converted with the calendar's working minutes (CAL-5): 1 working day =
 *   `minutesPerDay`, a half day half of it. A procedure counted in calendar days takes steps in
 *   calendar days, and one counted in working time takes steps in working time: the two cannot be
 *   converted into each other without knowing the dates. With a same-day cut-off (CAL-8) the
 *   statutory time runs to the end of the working day, so a dossier received just before the
 *   cut-off still has the working time from the cut-off to the closing: that is added.
 * - a transfer to another agency (PRC-4): its own steps fit within the time allotted to it.
 * Every problem is reported with its path (`steps[2].next[0]`, `steps[3].steps[1].role`).
 */
export function validateWorkflow(
  input: unknown,
  statutory: StatutoryTime,
  calendar: WorkflowCalendar,
): WorkflowValidation {
  const parsed = WorkflowDefinition.safeParse(input, { error: vietnameseZodError, reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error) };
  const definition = parsed.data;
  const errors: WorkflowIssue[] = [];
  const report = (path: PathSegment[], code: string, message: string, rule?: string) =>
    errors.push({ path: formatPath(path), code, message, ...(rule ? { rule } : {}) });

  const measure = statutory.unit === "calendar_days" ? "calendar_days" : "working_minutes";
  checkKeys(definition.steps, report);
  const flowOk = checkFlow(definition.steps, ["steps"], report);
  let unitsOk = checkUnits(definition.steps, ["steps"], measure, report);
  definition.steps.forEach((step, i) => {
    if (step.kind !== "transfer") return;
    const subFlowOk = checkFlow(step.steps, ["steps", i, "steps"], report);
    const subUnitsOk = checkUnits(step.steps, ["steps", i, "steps"], measure, report);
    unitsOk &&= subUnitsOk;
    if (!subFlowOk || !subUnitsOk || !sameMeasure(step.duration, measure)) return;
    const allotted = amountOf(step.duration, calendar);
    const sub = longestPath(step.steps, calendar);
    if (sub.amount > allotted + EPSILON) {
      const [subText, allottedText] = texts(sub.amount, allotted, measure, calendar, step.duration.unit);
      report(
        ["steps", i, "steps"],
        "WORKFLOW_TRANSFER_TOO_LONG",
        `Tổng thời gian các bước tại cơ quan liên thông ${subText} vượt thời gian dành cho cơ quan này ${allottedText} (PRC-4).`,
        "PRC-4",
      );
    }
  });
  if (!flowOk || !unitsOk) return { ok: false, errors };

  const total = workflowTotal(definition, statutory, calendar);
  if (total.amount > total.budget + EPSILON) {
    const branched = definition.steps.some((s) => (s.next?.length ?? 0) > 1);
    const along = branched ? ` theo nhánh dài nhất (${total.longestPath.join(" → ")})` : "";
    report(
      ["steps"],
      "WORKFLOW_TOO_LONG",
      `Tổng thời gian các bước${along} ${total.text} vượt thời hạn giải quyết ${total.budgetText} (PRC-1).`,
      "PRC-1",
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, definition, total };
}

/**
 * How long a (checked) workflow takes along its longest path, and the time it may take, with the
 * Vietnamese texts of both ("9 ngày làm việc", "10 ngày làm việc").
 */
export function workflowTotal(
  definition: Pick<WorkflowDefinition, "steps">,
  statutory: StatutoryTime,
  calendar: WorkflowCalendar,
): WorkflowTotal {
  const measure = statutory.unit === "calendar_days" ? "calendar_days" : "working_minutes";
  const longest = longestPath(definition.steps, calendar);
  const budget = budgetOf(statutory, calendar);
  const [text, statutoryText] = texts(longest.amount, budget, measure, calendar, statutory.unit);
  return {
    amount: longest.amount,
    budget,
    measure,
    longestPath: longest.keys,
    text,
    budgetText: describeBudget(statutory, statutoryText, calendar),
  };
}

/**
 * The server's form of {@link validateWorkflow}: the checked definition, or a DomainError citing
 * PRC-1 with every problem in `details.errors` (`WORKFLOW_TOO_LONG` when the time is the only
 * legal problem, else `WORKFLOW_INVALID`).
 */
export function assertValidWorkflow(
  input: unknown,
  statutory: StatutoryTime,
  calendar: WorkflowCalendar,
): { definition: WorkflowDefinition; total: WorkflowTotal } {
  const result = validateWorkflow(input, statutory, calendar);
  if (result.ok) return result;
  const tooLong = result.errors.find((e) => e.code === "WORKFLOW_TOO_LONG");
  const only = result.errors.length === 1 ? result.errors[0] : undefined;
  const message = only
    ? `${only.path ? `${only.path}: ` : ""}${only.message}`
    : `Quy trình điện tử có ${result.errors.length} lỗi; xem danh sách lỗi.`;
  throw new DomainError(
    tooLong && only ? "WORKFLOW_TOO_LONG" : "WORKFLOW_INVALID",
    tooLong && only ? tooLong.message : message,
    {
      rule: tooLong?.rule ?? result.errors.find((e) => e.rule)?.rule ?? "PRC-1",
      details: { errors: result.errors },
    },
  );
}

const EPSILON = 1e-6;

/** The steps a step goes on to: its `next`, or the following step (none after the last). */
export function successorsOf(
  steps: readonly { key: string; next?: readonly string[] }[],
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  steps.forEach((step, i) => {
    const following = steps[i + 1];
    result.set(step.key, step.next ? [...new Set(step.next)] : following ? [following.key] : []);
  });
  return result;
}

function checkKeys(
  steps: readonly WorkflowStep[],
  report: (path: PathSegment[], code: string, message: string) => void,
): void {
  const seen = new Map<string, string>();
  const visit = (key: string, path: PathSegment[]) => {
    const first = seen.get(key);
    if (first)
      report([...path, "key"], "WORKFLOW_DUPLICATE_STEP", `Mã bước "${key}" đã được dùng ở ${first}.`);
    else seen.set(key, formatPath(path));
  };
  steps.forEach((step, i) => {
    visit(step.key, ["steps", i]);
    if (step.kind !== "transfer") return;
    step.steps.forEach((sub, j) => {
      visit(sub.key, ["steps", i, "steps", j]);
    });
  });
}

/** `next` names later steps of the same list; every step is reachable from the first. */
function checkFlow(
  steps: readonly (WorkflowStep | TaskStep)[],
  at: PathSegment[],
  report: (path: PathSegment[], code: string, message: string, rule?: string) => void,
): boolean {
  let ok = true;
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!index.has(step.key)) index.set(step.key, i);
  });
  steps.forEach((step, i) => {
    step.next?.forEach((key, j) => {
      const target = index.get(key);
      if (target === undefined) {
        ok = false;
        report([...at, i, "next", j], "WORKFLOW_UNKNOWN_STEP", `Không có bước "${key}" trong quy trình.`);
      } else if (target <= i) {
        ok = false;
        report(
          [...at, i, "next", j],
          "WORKFLOW_BACKWARD_STEP",
          `Bước "${step.key}" chỉ được chuyển tới các bước đứng sau nó; "${key}" đứng trước hoặc là chính nó.`,
        );
      }
    });
  });
  if (!ok) return false;
  const successors = successorsOf(steps);
  const reached = new Set<string>();
  const queue = steps[0] ? [steps[0].key] : [];
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (reached.has(key)) continue;
    reached.add(key);
    queue.push(...(successors.get(key) ?? []));
  }
  steps.forEach((step, i) => {
    if (reached.has(step.key)) return;
    ok = false;
    report(
      [...at, i],
      "WORKFLOW_UNREACHABLE_STEP",
      `Bước "${step.name}" (${step.key}) không thể đến được từ bước đầu tiên của quy trình.`,
      "PRC-1",
    );
  });
  return ok;
}

function sameMeasure(duration: Duration, measure: WorkflowTotal["measure"]): boolean {
  return (duration.unit === "calendar_days") === (measure === "calendar_days");
}

/** Steps count in the procedure's kind of time: calendar days, or working time (CAL-5). */
function checkUnits(
  steps: readonly (WorkflowStep | TaskStep)[],
  at: PathSegment[],
  measure: WorkflowTotal["measure"],
  report: (path: PathSegment[], code: string, message: string, rule?: string) => void,
): boolean {
  let ok = true;
  steps.forEach((step, i) => {
    if (sameMeasure(step.duration, measure)) return;
    ok = false;
    report(
      [...at, i, "duration", "unit"],
      "WORKFLOW_DURATION_UNIT",
      measure === "calendar_days"
        ? "Thời hạn giải quyết tính theo ngày lịch: thời gian của bước cũng phải tính theo ngày lịch (calendar_days)."
        : "Thời hạn giải quyết tính theo thời gian làm việc: thời gian của bước phải là ngày làm việc, nửa ngày hoặc giờ làm việc.",
      "CAL-5",
    );
  });
  return ok;
}

/** Working minutes of a working-time duration, or days of a calendar-day one. */
function amountOf(duration: Duration, calendar: WorkflowCalendar): number {
  return duration.unit === "calendar_days" ? duration.amount : workingMinutesOf(calendar, duration);
}

/** The longest path from the first step (steps only go forward, so one backward sweep finds it). */
function longestPath(
  steps: readonly (WorkflowStep | TaskStep)[],
  calendar: WorkflowCalendar,
): { amount: number; keys: string[] } {
  const successors = successorsOf(steps);
  const best = new Map<string, { amount: number; keys: string[] }>();
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as WorkflowStep;
    let tail: { amount: number; keys: string[] } = { amount: 0, keys: [] };
    for (const key of successors.get(step.key) ?? []) {
      const candidate = best.get(key);
      if (candidate && candidate.amount > tail.amount) tail = candidate;
    }
    best.set(step.key, {
      amount: amountOf(step.duration, calendar) + tail.amount,
      keys: [step.key, ...tail.keys],
    });
  }
  return steps[0] ? (best.get(steps[0].key) ?? { amount: 0, keys: [] }) : { amount: 0, keys: [] };
}

/** The time the steps may take: the statutory time, plus the rest of day 0 after a cut-off (CAL-8). */
export function budgetOf(statutory: StatutoryTime, calendar: WorkflowCalendar): number {
  const base = amountOf(statutory, calendar);
  if (!statutory.sameDayCutoff || statutory.unit === "calendar_days") return base;
  return base + minutesAfterCutoff(statutory.sameDayCutoff, calendar);
}

function minutesAfterCutoff(cutoff: string, calendar: WorkflowCalendar): number {
  const cut = tryParseClockTime(cutoff);
  if (cut === undefined) return 0;
  let minutes = 0;
  for (const period of calendar.workingHours ?? DEFAULT_WORKING_HOURS) {
    const start = tryParseClockTime(period.start) ?? 0;
    const end = tryParseClockTime(period.end) ?? 0;
    minutes += Math.max(0, end - Math.max(start, cut));
  }
  return minutes;
}

/** `9.5` → `9,5`; at most two decimals. */
function number(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}

/** Both amounts in the same words: days, or hours when the time is counted in hours or under a day. */
function texts(
  amount: number,
  budget: number,
  measure: WorkflowTotal["measure"],
  calendar: WorkflowCalendar,
  unit: Duration["unit"],
): [string, string] {
  if (measure === "calendar_days") return [`${number(amount)} ngày`, `${number(budget)} ngày`];
  const inHours = unit === "working_hours" || budget < calendar.minutesPerDay;
  const say = (minutes: number) =>
    inHours
      ? `${number(minutes / 60)} giờ làm việc`
      : `${number(minutes / calendar.minutesPerDay)} ngày làm việc`;
  return [say(amount), say(budget)];
}

function describeBudget(statutory: StatutoryTime, budgetText: string, calendar: WorkflowCalendar): string {
  if (!statutory.sameDayCutoff || statutory.unit === "calendar_days") return budgetText;
  const extra = minutesAfterCutoff(statutory.sameDayCutoff, calendar);
  if (statutory.amount === 0) {
    return `trong ngày làm việc (hồ sơ nhận trước ${statutory.sameDayCutoff} còn ${budgetText} đến hết giờ làm việc)`;
  }
  const days = `${number(statutory.amount)} ${statutory.unit === "working_hours" ? "giờ" : "ngày"} làm việc`;
  return `${days} (cộng ${number(extra / 60)} giờ làm việc còn lại của ngày nhận hồ sơ trước ${statutory.sameDayCutoff}; tổng ${budgetText})`;
}
