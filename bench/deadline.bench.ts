/**
 * Deadline engine benchmark (DESIGN.md budgets: classify 1,000,000 clocks < 1 s; `add` at least
 * 100× faster than a minute-by-minute walk).
 *
 * Usage:   npx tsx bench/deadline.bench.ts            (about 15 s)
 *          BENCH_CLOCKS=200000 npx tsx bench/deadline.bench.ts
 *
 * What it does, in one process, on the same seeded random inputs:
 * 1. `addDuration` and `workingTimeBetween` against a naive minute-by-minute walk written below
 *    (it asks, for every minute, whether the day is working and the minute is in a period). Both
 *    are first checked to give the same answers on a sample; then ops/s and the ratio are printed.
 * 2. 1,000,000 generated clocks (some paused, resumed, still paused or extended): the time to
 *    compute `dueAt`, `classifyFinish` and `remainingAt` for all of them.
 */
import {
  dayNumberFromCivil,
  localDayNumber,
  localMsOfDay,
  MS_PER_MINUTE,
  vietnamInstant,
} from "../src/domain/calendar/dates.ts";
import { applyOfficialSchedule } from "../src/domain/calendar/official-schedule.ts";
import { DEFAULT_CALENDAR_SPEC } from "../src/domain/calendar/spec.ts";
import { VIETNAM_2026 } from "../src/domain/calendar/vietnam-2026.ts";
import { createWorkingCalendar, type WorkingCalendar } from "../src/domain/calendar/working-calendar.ts";
import { addDuration } from "../src/domain/deadline/add.ts";
import {
  classifyAgainstDue,
  type DeadlineClock,
  dueAt,
  extendClock,
  pauseClock,
  remainingAt,
  resumeClock,
  startClock,
} from "../src/domain/deadline/clock.ts";
import { type Duration, workingDays, workingHours } from "../src/domain/deadline/duration.ts";
import { workingTimeBetween } from "../src/domain/deadline/elapsed.ts";

const CLOCKS = Number(process.env.BENCH_CLOCKS ?? 1_000_000);
const SAMPLE = 2_000;

/** mulberry32: a small seeded PRNG so that every run uses the same inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seededRandom(20_260_213);
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

// ---------------------------------------------------------------- the naive reference (minute walk)
function naiveWalker(calendar: WorkingCalendar) {
  const workingDates = new Set<number>();
  for (let year = 2024; year <= 2030; year += 1) {
    for (const day of calendar.daysOfYear(year)) {
      if (day.working)
        workingDates.add(
          dayNumberFromCivil(
            Number(day.date.slice(0, 4)),
            Number(day.date.slice(5, 7)),
            Number(day.date.slice(8)),
          ),
        );
    }
  }
  const periods = calendar.spec.workingHours.map((period) => {
    const [startHours = 0, startMinutes = 0] = period.start.split(":").map(Number);
    const [endHours = 0, endMinutes = 0] = period.end.split(":").map(Number);
    return [startHours * 60 + startMinutes, endHours * 60 + endMinutes] as const;
  });
  const isWorkingMinute = (instant: number): boolean => {
    if (!workingDates.has(localDayNumber(instant))) return false;
    const minute = localMsOfDay(instant) / MS_PER_MINUTE;
    for (const [start, end] of periods) if (minute >= start && minute < end) return true;
    return false;
  };
  return {
    add(from: number, minutes: number): number {
      let instant = from;
      if (minutes === 0) {
        while (!isWorkingMinute(instant)) instant += MS_PER_MINUTE;
        return instant;
      }
      let counted = 0;
      for (;;) {
        if (isWorkingMinute(instant) && ++counted === minutes) return instant + MS_PER_MINUTE;
        instant += MS_PER_MINUTE;
      }
    },
    between(a: number, b: number): number {
      let counted = 0;
      for (let instant = a; instant < b; instant += MS_PER_MINUTE) if (isWorkingMinute(instant)) counted += 1;
      return counted;
    },
  };
}

// ---------------------------------------------------------------- timing helpers
let sink = 0;

/** Runs `round` (which performs `opsPerRound` operations) until `budgetMs` has elapsed; returns ops/s. */
function opsPerSecond(opsPerRound: number, budgetMs: number, round: () => void): number {
  round(); // warm-up
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    round();
    rounds += 1;
    elapsed = performance.now() - started;
  } while (elapsed < budgetMs);
  return (rounds * opsPerRound * 1000) / elapsed;
}

function timeOnce(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const formatNumber = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join(" | ")} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- 1. add / elapsed vs the naive walk
const calendar = createWorkingCalendar(applyOfficialSchedule(DEFAULT_CALENDAR_SPEC, VIETNAM_2026));
const naive = naiveWalker(calendar);
const firstMinute = vietnamInstant("2025-01-01T00:00") / MS_PER_MINUTE;
const lastMinute = vietnamInstant("2027-12-01T00:00") / MS_PER_MINUTE;

interface AddInput {
  from: number;
  duration: Duration;
  minutes: number;
}
const addInputs: AddInput[] = Array.from({ length: SAMPLE }, () => {
  const from = between(firstMinute, lastMinute) * MS_PER_MINUTE;
  const duration = random() < 0.8 ? workingDays(between(1, 30)) : workingHours(between(1, 40));
  const minutes =
    duration.unit === "working_days" ? duration.amount * calendar.minutesPerDay : duration.amount * 60;
  return { from, duration, minutes };
});
const spanInputs = addInputs.map(({ from }) => [from, from + between(1, 45 * 1440) * MS_PER_MINUTE] as const);

let mismatches = 0;
for (let index = 0; index < 300; index += 1) {
  const input = addInputs[index] as AddInput;
  if (addDuration(calendar, input.from, input.duration) !== naive.add(input.from, input.minutes))
    mismatches += 1;
  const [a, b] = spanInputs[index] as readonly [number, number];
  if (workingTimeBetween(calendar, a, b) !== naive.between(a, b)) mismatches += 1;
}
console.log(`Checked 300 add + 300 elapsed inputs against the minute walk: ${mismatches} mismatches.`);
if (mismatches > 0) process.exitCode = 1;

const naiveSubset = 100;
const addFast = opsPerSecond(addInputs.length, 800, () => {
  for (const input of addInputs) sink += addDuration(calendar, input.from, input.duration);
});
const addNaive = opsPerSecond(naiveSubset, 800, () => {
  for (let index = 0; index < naiveSubset; index += 1) {
    const input = addInputs[index] as AddInput;
    sink += naive.add(input.from, input.minutes);
  }
});
const elapsedFast = opsPerSecond(spanInputs.length, 800, () => {
  for (const [a, b] of spanInputs) sink += workingTimeBetween(calendar, a, b);
});
const elapsedNaive = opsPerSecond(naiveSubset, 800, () => {
  for (let index = 0; index < naiveSubset; index += 1) {
    const [a, b] = spanInputs[index] as readonly [number, number];
    sink += naive.between(a, b);
  }
});

printTable(
  "Working-time arithmetic (1–30 working days / 1–40 working hours; spans up to 45 days; 2025–2027)",
  ["operation", "engine ops/s", "minute walk ops/s", "speed-up"],
  [
    ["addDuration", formatNumber(addFast), formatNumber(addNaive), `${formatNumber(addFast / addNaive)}×`],
    [
      "workingTimeBetween",
      formatNumber(elapsedFast),
      formatNumber(elapsedNaive),
      `${formatNumber(elapsedFast / elapsedNaive)}×`,
    ],
  ],
);

// ---------------------------------------------------------------- 2. one million clocks
const lastReceptionMinute = vietnamInstant("2026-10-01T00:00") / MS_PER_MINUTE;

function generateClock(): { clock: DeadlineClock; finishedAt: number } {
  const receivedAt = between(firstMinute, lastReceptionMinute) * MS_PER_MINUTE;
  let clock = startClock(calendar, receivedAt, workingDays(between(1, 30)));
  const shape = random();
  if (shape < 0.35) {
    const pausedAt = receivedAt + between(60, 5 * 1440) * MS_PER_MINUTE;
    clock = pauseClock(clock, pausedAt, random() < 0.5 ? "fees" : "correction_request");
    if (shape < 0.25) clock = resumeClock(clock, pausedAt + between(60, 10 * 1440) * MS_PER_MINUTE);
  } else if (shape < 0.4) {
    clock = extendClock(calendar, clock, receivedAt, clock.appointment + between(1, 10) * 86_400_000);
  }
  return { clock, finishedAt: clock.appointment + between(-20 * 1440, 10 * 1440) * MS_PER_MINUTE };
}

const clocks: DeadlineClock[] = new Array(CLOCKS);
const finishes = new Float64Array(CLOCKS);
const generationMs = timeOnce(() => {
  for (let index = 0; index < CLOCKS; index += 1) {
    const { clock, finishedAt } = generateClock();
    clocks[index] = clock;
    finishes[index] = finishedAt;
  }
});
const now = vietnamInstant("2026-11-15T10:00");
const counts = { early: 0, on_time: 0, late: 0 };
timeOnce(() => {
  for (let index = 0; index < 10_000; index += 1) sink += dueAt(calendar, clocks[index] as DeadlineClock);
}); // warm-up
const dueMs = timeOnce(() => {
  for (let index = 0; index < CLOCKS; index += 1) sink += dueAt(calendar, clocks[index] as DeadlineClock);
});
const classifyMs = timeOnce(() => {
  for (let index = 0; index < CLOCKS; index += 1) {
    const clock = clocks[index] as DeadlineClock;
    const finishedAt = finishes[index] as number;
    const due = dueAt(calendar, clock, finishedAt);
    counts[classifyAgainstDue(calendar, due, finishedAt)] += 1;
  }
});
const remainingMs = timeOnce(() => {
  for (let index = 0; index < CLOCKS; index += 1)
    sink += remainingAt(calendar, clocks[index] as DeadlineClock, now);
});

const perClock = (ms: number) => `${formatNumber((ms * 1e6) / CLOCKS)} ns`;
printTable(
  `${formatNumber(CLOCKS)} clocks (35% paused, 25% resumed, 5% extended)`,
  ["operation", "total ms", "per clock"],
  [
    ["generate (startClock + transitions)", formatNumber(generationMs), perClock(generationMs)],
    ["dueAt", formatNumber(dueMs), perClock(dueMs)],
    ["dueAt + classify (= classifyFinish)", formatNumber(classifyMs), perClock(classifyMs)],
    ["remainingAt (includes dueAt)", formatNumber(remainingMs), perClock(remainingMs)],
  ],
);
console.log(
  `\nClassified: ${formatNumber(counts.early)} early, ${formatNumber(counts.on_time)} on time, ${formatNumber(counts.late)} late.`,
);
const budgetOk = classifyMs < 1000 && addFast / addNaive >= 100;
console.log(
  `Budgets (classify 1M < 1 s, add ≥ 100× the walk): ${budgetOk ? "met" : "NOT met"}. (checksum ${sink % 997})`,
);
