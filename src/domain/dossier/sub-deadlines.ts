import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { addDuration } from "../deadline/add.ts";
import type { Duration } from "../deadline/duration.ts";
import type { Dossier } from "./state.ts";

/**
 * Deadlines other than the statutory processing time: duties with their own due instant
 * (REC-3, PAU-2, WDR-2..4, CAN-2) and one limit (PRC-5: the window in which a return for
 * supplement is allowed). A duty is overdue when still open after its due; a limit never is.
 */
export type SubDeadlineKind =
  | "online_acceptance"
  | "supplement_return_window"
  | "fee_payment"
  | "withdrawal_forward"
  | "withdrawal_decision"
  | "withdrawal_papers"
  | "cancellation_review";

export const SUB_DEADLINE_RULES: Readonly<
  Record<
    SubDeadlineKind,
    { readonly rule: string; readonly nature: "duty" | "limit"; readonly label: string }
  >
> = {
  online_acceptance: { rule: "REC-3", nature: "duty", label: "Tiếp nhận hồ sơ trực tuyến" },
  supplement_return_window: { rule: "PRC-5", nature: "limit", label: "Thời hạn trả hồ sơ để bổ sung" },
  fee_payment: { rule: "PAU-2", nature: "duty", label: "Nộp phí, lệ phí" },
  withdrawal_forward: { rule: "WDR-2", nature: "duty", label: "Chuyển yêu cầu rút hồ sơ" },
  withdrawal_decision: { rule: "WDR-3", nature: "duty", label: "Giải quyết yêu cầu rút hồ sơ" },
  withdrawal_papers: { rule: "WDR-4", nature: "duty", label: "Chuyển trả hồ sơ về Bộ phận Một cửa" },
  cancellation_review: { rule: "CAN-2", nature: "duty", label: "Tra soát, phê duyệt hủy hồ sơ" },
};

/** How a sub-deadline ended: done in time, done late, or no longer relevant. */
type SubDeadlineOutcome = "met" | "late" | "lapsed";

export interface SubDeadline {
  readonly kind: SubDeadlineKind;
  readonly rule: string;
  readonly from: number;
  readonly due: number;
  readonly closedAt: number | null;
  readonly outcome: SubDeadlineOutcome | null;
}

export interface SubDeadlineClosure {
  readonly kind: SubDeadlineKind;
  /** "done": met or late by the instant; "lapsed": the duty or limit no longer applies. */
  readonly as: "done" | "lapsed";
}

/** A new sub-deadline counted from `from` (computed when deciding, carried by the event). */
export function openSubDeadline(
  calendar: WorkingCalendar,
  kind: SubDeadlineKind,
  from: number,
  duration: Duration,
): SubDeadline {
  const due = addDuration(calendar, from, duration);
  return { kind, rule: SUB_DEADLINE_RULES[kind].rule, from, due, closedAt: null, outcome: null };
}

export function openSubDeadlineOf(dossier: Dossier, kind: SubDeadlineKind): SubDeadline | undefined {
  return dossier.subDeadlines.find((entry) => entry.kind === kind && entry.closedAt === null);
}

/** Closes the open sub-deadlines named by the closures at `at` (calendar-free, used by evolve). */
export function closeSubDeadlines(
  list: readonly SubDeadline[],
  closures: readonly SubDeadlineClosure[],
  at: number,
): SubDeadline[] {
  return list.map((entry) => {
    if (entry.closedAt !== null) return entry;
    const closure = closures.find((candidate) => candidate.kind === entry.kind);
    if (!closure) return entry;
    const outcome: SubDeadlineOutcome = closure.as === "lapsed" ? "lapsed" : at <= entry.due ? "met" : "late";
    return { ...entry, closedAt: at, outcome };
  });
}

/** Closes every open sub-deadline as lapsed (the dossier ended). */
export function lapseAll(list: readonly SubDeadline[], at: number): SubDeadline[] {
  return list.map((entry) =>
    entry.closedAt === null ? { ...entry, closedAt: at, outcome: "lapsed" } : entry,
  );
}

/** Open duties whose due has passed at `now` (REC-3, PAU-2, WDR-2..4, CAN-2), oldest due first. */
export function overdueSubDeadlines(dossier: Pick<Dossier, "subDeadlines">, now: number): SubDeadline[] {
  return dossier.subDeadlines
    .filter(
      (entry) =>
        entry.closedAt === null && SUB_DEADLINE_RULES[entry.kind].nature === "duty" && now > entry.due,
    )
    .sort((a, b) => a.due - b.due);
}

/** Sub-deadlines that were met late (breaches to report, e.g. REC-3 late acceptance). */
export function breachedSubDeadlines(dossier: Dossier): SubDeadline[] {
  return dossier.subDeadlines.filter((entry) => entry.outcome === "late");
}
