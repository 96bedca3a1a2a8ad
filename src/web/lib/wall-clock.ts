import {
  civilFromDayNumber,
  dayNumberFromCivil,
  daysInMonth,
  instantAt,
  localDayNumber,
  localMsOfDay,
  MS_PER_MINUTE,
  weekdayOf,
} from "../../domain/calendar/dates.ts";

/**
 * Vietnam wall-clock dates and times (UTC+7, no daylight saving), read with the domain's calendar
 * arithmetic so that nothing depends on the browser's own time zone.
 */
export const VIETNAM_OFFSET = "+07:00";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export const weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type WeekdayKey = (typeof weekdayKeys)[number];

export const monthKeys = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"] as const;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function valid(w: WallClock): boolean {
  return (
    Number.isInteger(w.year) &&
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 &&
    w.minute <= 59
  );
}

/** `YYYY-MM-DDTHH:MM` (seconds tolerated and dropped), as `datetime-local` inputs and `dueLocal` give it. */
export function parseWallClock(text: string): WallClock | null {
  const m = LOCAL.exec(text);
  if (!m) return null;
  const w = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
  };
  return valid(w) ? w : null;
}

/** `YYYY-MM-DD` at midnight. */
export function parseIsoDate(text: string): WallClock | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const w = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0 };
  return valid(w) ? w : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoDate(w: Pick<WallClock, "year" | "month" | "day">): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `YYYY-MM-DDTHH:MM`. */
export function formatLocal(w: WallClock): string {
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant as ISO 8601 with the Vietnam offset, e.g. `2026-03-02T09:00:00+07:00`. */
export function toVietnamIso(w: WallClock): string {
  return `${formatLocal(w)}:00${VIETNAM_OFFSET}`;
}

/** The Vietnam wall clock of an instant (epoch milliseconds). */
export function vietnamWallClock(instant: number): WallClock {
  const minuteOfDay = Math.floor(localMsOfDay(instant) / MS_PER_MINUTE);
  return {
    ...civilFromDayNumber(localDayNumber(instant)),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  };
}

/** The instant (epoch milliseconds) of a Vietnam wall clock. */
export function instantOf(w: WallClock): number {
  return instantAt(dayNumberFromCivil(w.year, w.month, w.day), w.hour * 60 + w.minute);
}

/** 0 = Monday … 6 = Sunday (Vietnamese calendars start the week on Monday). */
export function weekdayIndex(w: Pick<WallClock, "year" | "month" | "day">): number {
  return (weekdayOf(dayNumberFromCivil(w.year, w.month, w.day)) + 6) % 7;
}

export function weekdayKey(w: Pick<WallClock, "year" | "month" | "day">): WeekdayKey {
  return weekdayKeys[weekdayIndex(w)] ?? "mon";
}

/** `dd/mm/yyyy`. */
export function formatDate(w: Pick<WallClock, "year" | "month" | "day">): string {
  return `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)}`;
}

/** `HH:MM`. */
export function formatTime(w: Pick<WallClock, "hour" | "minute">): string {
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** `HH:MM:SS dd/mm/yyyy` in Vietnam time of an ISO instant (the audit trail wants the second). */
export function formatInstant(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const w = vietnamWallClock(instant);
  const second = Math.floor(localMsOfDay(instant) / 1000) % 60;
  return `${formatTime(w)}:${pad(second)} ${formatDate(w)}`;
}
