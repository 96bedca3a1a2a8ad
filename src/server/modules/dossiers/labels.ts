import type { TimelineFact } from "../../../contracts/dossiers.ts";
import { EVENT_LABELS, type LateEntry, type TimelineLabelKey } from "../../../domain/dossier/index.ts";

/** The timeline key of an event of a stored row (a reception refused at the counter reads as such). */
export function eventLabelKey(type: string, payload: unknown): TimelineLabelKey {
  if (type === "dossier_received" && statusIn(payload) === "refused_at_reception") {
    return "reception_refused_at_counter";
  }
  return type as TimelineLabelKey;
}

/** The Vietnamese label of an event of a stored row. */
export function eventLabel(type: string, payload: unknown): string {
  return EVENT_LABELS[eventLabelKey(type, payload)] ?? type;
}

function statusIn(payload: unknown): unknown {
  const dossier = (payload as { dossier?: { status?: unknown } } | null)?.dossier;
  return dossier?.status;
}

const PAUSE_REASONS = ["land_financial_obligation", "fees", "awaiting_superior"] as const;
const FINISHES = ["early", "on_time", "late"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/** A short detail of an event for the timeline, as facts: a reason, a step, a document number. */
export function eventFacts(
  type: string,
  payload: unknown,
  stepName: (index: number) => string | null,
): TimelineFact[] {
  const p = (payload ?? {}) as Record<string, unknown>;
  const text = (value: unknown): TimelineFact[] =>
    typeof value === "string" && value !== "" ? [{ kind: "text", text: value }] : [];
  switch (type) {
    case "handed_over":
    case "transferred":
    case "sent_back": {
      const to = (p.handOver as { to?: { kind?: string; index?: number } } | undefined)?.to;
      const step = to?.kind === "step" && typeof to.index === "number" ? stepName(to.index) : null;
      return [...(step ? [{ kind: "toStep" as const, step }] : []), ...text(p.reason)];
    }
    case "result_uploaded":
    case "result_corrected":
      return typeof p.documentNumber === "string" && p.documentNumber !== ""
        ? [{ kind: "documentNumber", number: p.documentNumber }]
        : [];
    case "result_confirmed": {
      const outcome = (p.finish as { outcome?: unknown } | undefined)?.outcome;
      return isOneOf(FINISHES, outcome) ? [{ kind: "finish", outcome }] : [];
    }
    case "payment_recorded":
      return typeof p.amount === "number" ? [{ kind: "amount", amount: p.amount }] : [];
    case "paused":
      return isOneOf(PAUSE_REASONS, p.reason) ? [{ kind: "pauseReason", reason: p.reason }] : [];
    case "consultation_requested":
      return text([p.toName, p.subject].filter((part) => typeof part === "string" && part).join(": "));
    case "declared_not_competent":
      return text(p.guidance);
    case "result_error_flagged":
      return text(p.description);
    case "dossier_received": {
      const refusal = (p.dossier as { refusal?: { reason?: unknown } } | undefined)?.refusal;
      return [...lateEntryFacts(p.lateEntry), ...text(refusal?.reason)];
    }
    default:
      return text(p.reason);
  }
}

/** A late entry (SEC-4 / REC-6): the real reception time; the event's own time is when it was entered. */
function lateEntryFacts(value: unknown): TimelineFact[] {
  const entry = value as LateEntry | undefined;
  if (!entry || !isOneOf(["outage", "off_site"] as const, entry.kind)) return [];
  return [{ kind: "lateEntry", entry: entry.kind, receivedAt: new Date(entry.receivedAt).toISOString() }];
}
