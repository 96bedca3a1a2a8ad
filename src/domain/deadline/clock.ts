import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { DomainError } from "../errors.ts";
import { type AddOptions, addDuration } from "./add.ts";
import {
  DEADLINE_RULES_VERSION,
  type DeadlineClock,
  isPaused,
  openPause,
  PAUSE_REASONS,
  type PauseReason,
} from "./clock-state.ts";
import { dueAt } from "./due.ts";
import { assertValidDuration, type Duration } from "./duration.ts";

export {
  type ClockEvent,
  type ClockExtension,
  type ClockPause,
  DEADLINE_RULES_VERSION,
  type DeadlineClock,
  isPaused,
  openPause,
  PAUSE_REASONS,
  type PauseReason,
} from "./clock-state.ts";
export {
  classifyAgainstDue,
  classifyFinish,
  dueAt,
  type FinishClass,
  type FinishMode,
  isOverdueAt,
  remainingAt,
} from "./due.ts";

/**
 * Transitions of a dossier's deadline clock (PAU, PRC-5, PRC-6, PRC-7); the value itself is
 * described in clock-state.ts, its due date and classification in due.ts.
 */

function lastEventAt(clock: DeadlineClock): number {
  return clock.history[clock.history.length - 1]?.at ?? clock.countFrom;
}

function assertAt(clock: DeadlineClock | undefined, at: number): void {
  if (typeof at !== "number" || !Number.isFinite(at)) {
    throw new DomainError("TIME_INVALID", `Thời điểm ${String(at)} không hợp lệ.`);
  }
  if (clock && at < lastEventAt(clock)) {
    throw new DomainError("CLOCK_TIME_ORDER", "Thời điểm thao tác không được sớm hơn thao tác trước đó.", {
      details: { at, lastEventAt: lastEventAt(clock) },
    });
  }
}

/** Starts counting a time limit at reception `at` (CAL-6/CAL-7, CAL-8 via options). */
export function startClock(
  calendar: WorkingCalendar,
  at: number,
  duration: Duration,
  options: AddOptions = {},
): DeadlineClock {
  assertAt(undefined, at);
  assertValidDuration(duration);
  const appointment = addDuration(calendar, at, duration, options);
  return {
    rules: DEADLINE_RULES_VERSION,
    duration,
    options,
    countFrom: at,
    appointment,
    pauses: [],
    extension: null,
    history: [{ type: "start", at, appointment }],
  };
}

function assertPauseReason(reason: string): asserts reason is PauseReason {
  if (!(PAUSE_REASONS as readonly string[]).includes(reason)) {
    throw new DomainError(
      "CLOCK_PAUSE_REASON_INVALID",
      `Không được tạm dừng vì lý do "${reason}": chỉ tạm dừng khi chờ thực hiện nghĩa vụ tài chính về đất đai, chờ nộp phí, lệ phí, chờ sửa đổi, bổ sung hồ sơ hoặc chờ ý kiến cấp trên.`,
      { rule: "PAU-1", details: { reason } },
    );
  }
}

/** PAU-1: pauses the clock for one of the allowed reasons; a second pause while paused is refused. */
export function pauseClock(clock: DeadlineClock, at: number, reason: PauseReason): DeadlineClock {
  assertPauseReason(reason);
  if (isPaused(clock)) {
    throw new DomainError(
      "CLOCK_ALREADY_PAUSED",
      "Hồ sơ đang tạm dừng; phải tiếp tục trước khi tạm dừng lại.",
      {
        rule: "PAU-1",
      },
    );
  }
  const correctedBefore = clock.history.some(
    (event) => event.type === "pause" && event.reason === "correction_request",
  );
  if (reason === "correction_request" && correctedBefore) {
    throw new DomainError("CLOCK_CORRECTION_ONCE", "Chỉ được yêu cầu sửa đổi, bổ sung hồ sơ một lần.", {
      rule: "PRC-6",
    });
  }
  assertAt(clock, at);
  return {
    ...clock,
    pauses: [...clock.pauses, { reason, from: at, to: null }],
    history: [...clock.history, { type: "pause", at, reason }],
  };
}

/** Ends the open pause; the paused working time moves the due out (PAU-3). */
export function resumeClock(clock: DeadlineClock, at: number): DeadlineClock {
  const open = openPause(clock);
  if (!open) {
    throw new DomainError("CLOCK_NOT_PAUSED", "Hồ sơ không ở trạng thái tạm dừng.", { rule: "PAU-3" });
  }
  assertAt(clock, at);
  return {
    ...clock,
    pauses: [...clock.pauses.slice(0, -1), { ...open, to: at }],
    history: [...clock.history, { type: "resume", at }],
  };
}

/**
 * PRC-5: after a return for supplement, the processing time restarts from zero when the complete
 * dossier arrives (`at`); pauses and any extension of the first count no longer apply, and a new
 * appointment is issued. Allowed once per dossier (an open pause is closed at `at`).
 */
export function restartClock(calendar: WorkingCalendar, clock: DeadlineClock, at: number): DeadlineClock {
  if (clock.history.some((event) => event.type === "restart")) {
    throw new DomainError("CLOCK_RESTART_ONCE", "Thời gian giải quyết chỉ được tính lại từ đầu một lần.", {
      rule: "PRC-5",
    });
  }
  assertAt(clock, at);
  const appointment = addDuration(calendar, at, clock.duration, clock.options);
  return {
    ...clock,
    rules: DEADLINE_RULES_VERSION,
    countFrom: at,
    appointment,
    pauses: [],
    extension: null,
    history: [...clock.history, { type: "restart", at, appointment }],
  };
}

/**
 * PRC-7: sets a new appointment (ngày hẹn trả) once, requested at `at` no later than 1 working day
 * before the statutory due (at least one working day of working time must remain), to a later
 * instant. Only the appointment moves: the statutory due (`dueAt`) stays where it was, so a finish
 * after it is still late. Refused while paused.
 */
export function extendClock(
  calendar: WorkingCalendar,
  clock: DeadlineClock,
  at: number,
  newDue: number,
): DeadlineClock {
  if (clock.history.some((event) => event.type === "extend")) {
    throw new DomainError("CLOCK_ALREADY_EXTENDED", "Chỉ được gia hạn (hẹn lại ngày trả kết quả) một lần.", {
      rule: "PRC-7",
    });
  }
  if (isPaused(clock)) {
    throw new DomainError("CLOCK_PAUSED", "Không gia hạn khi hồ sơ đang tạm dừng.", { rule: "PRC-7" });
  }
  assertAt(clock, at);
  assertAt(undefined, newDue);
  const currentDue = dueAt(calendar, clock);
  if (calendar.workingMinutesBetween(at, currentDue) < calendar.minutesPerDay) {
    throw new DomainError(
      "CLOCK_EXTENSION_TOO_LATE",
      "Phải xin lỗi và hẹn lại ngày trả chậm nhất 01 ngày làm việc trước hạn giải quyết.",
      { rule: "PRC-7", details: { at, due: currentDue } },
    );
  }
  if (!(newDue > currentDue)) {
    throw new DomainError(
      "CLOCK_EXTENSION_NOT_LATER",
      "Ngày hẹn mới phải sau hạn giải quyết theo quy định.",
      {
        rule: "PRC-7",
        details: { newDue, due: currentDue },
      },
    );
  }
  const extension = { at, newDue, previousDue: currentDue };
  return {
    ...clock,
    appointment: newDue,
    extension,
    history: [...clock.history, { type: "extend", ...extension }],
  };
}
