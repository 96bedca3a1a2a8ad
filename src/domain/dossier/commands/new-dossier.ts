import type { WorkingCalendar } from "../../calendar/working-calendar.ts";
import type { AddOptions } from "../../deadline/add.ts";
import { startClock } from "../../deadline/clock.ts";
import { assertValidDuration, type Duration, workingMinutesOf } from "../../deadline/duration.ts";
import { budgetOf } from "../../workflow/validate-workflow.ts";
import { STEP_ROLES } from "../actor.ts";
import { assertCodeMatches, isAgencyIdentifier } from "../code.ts";
import { DossierErrors } from "../errors.ts";
import { text, texts } from "../guards.ts";
import {
  DEFAULT_SUPPLEMENT_RETURN_LIMIT,
  DEFAULT_TIME_LIMITS,
  DOSSIER_RULES_VERSION,
  type DossierTimeLimits,
} from "../limits.ts";
import type {
  ApplicantSnapshot,
  Channel,
  Dossier,
  ProcedureSnapshot,
  ResultDelivery,
  WorkflowInput,
  WorkflowSnapshot,
  WorkflowStep,
} from "../state.ts";
import { openSubDeadline } from "../sub-deadlines.ts";

/** What every creating command carries (REC-2 at the counter or by post, REC-4 online). */
export interface NewDossierInput {
  /** Allocated by the caller (e.g. a UUID). */
  readonly dossierId: string;
  /** Allocated by the database (CODE-1) for the receiving agency and today's Vietnam date. */
  readonly code: string;
  readonly receivingAgency: { readonly id: string; readonly identifier: string };
  readonly procedure: ProcedureInput;
  /** PRC-1: the workflow version in force, with its steps. */
  readonly workflow: WorkflowInput;
  readonly applicant: ApplicantSnapshot;
  readonly resultDelivery: ResultDelivery;
  readonly documents?: readonly string[];
  /** Fees known at reception and what was paid then (integer đồng). */
  readonly feesDue?: number;
  readonly feesPaid?: number;
  /** CAN-1: entered for testing, under this testing assignment. */
  readonly test?: { readonly assignmentRef: string } | null;
  /** *config* overrides of the default time limits. */
  readonly limits?: Partial<DossierTimeLimits>;
}

export type ProcedureInput = Omit<
  ProcedureSnapshot,
  "code" | "sameDayCutoff" | "supplementReturnLimit" | "signatureRequired"
> & {
  readonly code?: string | null;
  readonly sameDayCutoff?: string | null;
  readonly supplementReturnLimit?: Duration;
  readonly signatureRequired?: boolean;
};

/** The dossier a creating event carries: everything but the envelope bookkeeping. */
export type NewDossier = Omit<Dossier, "version" | "createdAt" | "lastEventAt">;

const DELIVERIES: readonly ResultDelivery[] = ["counter", "post", "electronic"];

function required(value: unknown, field: string, label: string): string {
  const result = text(value);
  if (result === null) throw DossierErrors.fieldRequired(field, label);
  return result;
}

function amount(value: number | undefined, field: string): number {
  const result = value ?? 0;
  if (!Number.isSafeInteger(result) || result < 0) throw DossierErrors.amountInvalid(field);
  return result;
}

function procedureOf(input: ProcedureInput): ProcedureSnapshot {
  assertValidDuration(input.processingTime);
  const supplementReturnLimit = input.supplementReturnLimit ?? DEFAULT_SUPPLEMENT_RETURN_LIMIT;
  assertValidDuration(supplementReturnLimit);
  return {
    id: required(input.id, "procedure.id", "Mã thủ tục"),
    version: input.version,
    code: text(input.code) ?? null,
    name: required(input.name, "procedure.name", "Tên thủ tục"),
    processingTime: input.processingTime,
    sameDayCutoff: text(input.sameDayCutoff) ?? null,
    supplementReturnLimit,
    signatureRequired: input.signatureRequired ?? false,
  };
}

function minutesOrNull(calendar: WorkingCalendar, duration: Duration): number | null {
  return duration.unit === "calendar_days" ? null : workingMinutesOf(calendar, duration);
}

function nextOf(next: readonly number[] | null | undefined, index: number, count: number): number[] | null {
  if (next === undefined || next === null) return null;
  const valid = Array.isArray(next) && next.every((to) => Number.isInteger(to) && to > index && to < count);
  if (!valid || new Set(next).size !== next.length) throw DossierErrors.workflowStepInvalid(index);
  return [...next];
}

function stepOf(step: WorkflowInput["steps"][number], index: number, count: number): WorkflowStep {
  const name = text(step?.name);
  const agencyId = text(step?.agencyId);
  const unitId = text(step?.unitId);
  if (!name || !agencyId || !unitId || !STEP_ROLES.includes(step.role))
    throw DossierErrors.workflowStepInvalid(index);
  assertValidDuration(step.duration);
  const duration = { amount: step.duration.amount, unit: step.duration.unit };
  return { name, agencyId, unitId, role: step.role, duration, next: nextOf(step.next, index, count) };
}

/** Working minutes of the longest path from each step to the end (null when some duration is in calendar days). */
function longestPath(calendar: WorkingCalendar, steps: readonly WorkflowStep[]): number | null {
  const longest: (number | null)[] = new Array(steps.length).fill(null);
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index] as WorkflowStep;
    const own = minutesOrNull(calendar, step.duration);
    const next = step.next ?? (index + 1 < steps.length ? [index + 1] : []);
    const after = next.map((to) => longest[to] ?? null);
    if (own === null || after.some((value) => value === null)) return null;
    longest[index] = own + Math.max(0, ...(after as number[]));
  }
  return longest[0] ?? null;
}

/** PRC-1: ordered steps with unit, role and duration; the longest path within the statutory time. */
function workflowOf(
  calendar: WorkingCalendar,
  workflow: WorkflowInput,
  procedure: ProcedureSnapshot,
): WorkflowSnapshot {
  if (!Array.isArray(workflow?.steps) || workflow.steps.length === 0) throw DossierErrors.workflowEmpty();
  const steps = workflow.steps.map((step, index) => stepOf(step, index, workflow.steps.length));
  const total = longestPath(calendar, steps);
  const statutory =
    procedure.processingTime.unit === "calendar_days"
      ? null
      : budgetOf(
          { ...procedure.processingTime, sameDayCutoff: procedure.sameDayCutoff },
          { minutesPerDay: calendar.minutesPerDay, workingHours: calendar.spec.workingHours },
        );
  if (total !== null && statutory !== null && total > statutory)
    throw DossierErrors.workflowTooLong(total, statutory);
  return { id: required(workflow.id, "workflow.id", "Mã quy trình"), version: workflow.version, steps };
}

function limitsOf(overrides: Partial<DossierTimeLimits> | undefined): DossierTimeLimits {
  const limits = { ...DEFAULT_TIME_LIMITS, ...overrides };
  for (const key of Object.keys(DEFAULT_TIME_LIMITS) as (keyof DossierTimeLimits)[]) {
    const value = limits[key];
    if (typeof value === "object") assertValidDuration(value);
  }
  if (limits.finishMode !== "instant" && limits.finishMode !== "date") {
    throw DossierErrors.fieldRequired(
      "limits.finishMode",
      "Cách xếp loại đúng hạn (instant | date)",
      "CAL-9",
    );
  }
  return limits;
}

function applicantOf(input: ApplicantSnapshot): ApplicantSnapshot {
  return {
    kind: input.kind === "organization" ? "organization" : "individual",
    name: required(input.name, "applicant.name", "Tên người nộp hồ sơ"),
    idNumber: text(input.idNumber),
    phone: text(input.phone),
    email: text(input.email),
    address: text(input.address),
  };
}

/** Validates the common input and builds the new dossier's fields (status and timing set by the caller). */
export function newDossier(
  calendar: WorkingCalendar,
  input: NewDossierInput,
  channel: Channel,
  now: number,
): NewDossier {
  const dossierId = required(input.dossierId, "dossierId", "Mã định danh hồ sơ");
  const receivingAgencyId = required(input.receivingAgency?.id, "receivingAgency.id", "Cơ quan tiếp nhận");
  if (!isAgencyIdentifier(input.receivingAgency.identifier)) throw DossierErrors.codeInvalid(input.code);
  assertCodeMatches(input.code, input.receivingAgency.identifier, now);
  const procedure = procedureOf(input.procedure);
  const workflow = workflowOf(calendar, input.workflow, procedure);
  if (!DELIVERIES.includes(input.resultDelivery))
    throw DossierErrors.deliveryNotChosen(String(input.resultDelivery));
  const test = input.test
    ? {
        assignmentRef: required(
          input.test.assignmentRef,
          "test.assignmentRef",
          "Văn bản giao nhiệm vụ kiểm thử",
        ),
      }
    : null;
  return {
    id: dossierId,
    code: input.code,
    rulesVersion: DOSSIER_RULES_VERSION,
    closedAt: null,
    receivingAgencyId,
    receivingAgencyIdentifier: input.receivingAgency.identifier,
    processingAgencyId: null,
    procedure,
    workflow,
    limits: limitsOf(input.limits),
    channel,
    applicant: applicantOf(input.applicant),
    applicantAccountId: null,
    resultDelivery: input.resultDelivery,
    eFormRef: null,
    documents: texts(input.documents),
    test,
    status: "received",
    submittedAt: now,
    receivedAt: null,
    clock: null,
    step: null,
    handOvers: [],
    agencySegments: [],
    subDeadlines: [],
    counters: { receptionSupplements: 0, supplementReturns: 0, corrections: 0, extensions: 0 },
    supplementRequests: [],
    supplements: [],
    pauses: [],
    consultations: [],
    apology: null,
    lateWarnings: [],
    latenessReason: null,
    approvals: [],
    result: null,
    finish: null,
    refusal: null,
    notCompetent: null,
    delivery: null,
    fees: { due: amount(input.feesDue, "feesDue"), paid: amount(input.feesPaid, "feesPaid"), payments: [] },
    withdrawals: [],
    cancellations: [],
  };
}

/** CAL-6/7/8 + PRC-5: the official reception at `at`: the clock starts and the return window opens. */
export function receptionTiming(calendar: WorkingCalendar, dossier: NewDossier | Dossier, at: number) {
  const options: AddOptions = dossier.procedure.sameDayCutoff
    ? { sameDayCutoff: dossier.procedure.sameDayCutoff }
    : {};
  return {
    receivedAt: at,
    clock: startClock(calendar, at, dossier.procedure.processingTime, options),
    window: openSubDeadline(
      calendar,
      "supplement_return_window",
      at,
      dossier.procedure.supplementReturnLimit,
    ),
  };
}
