import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import type { DomainError } from "../errors.ts";
import type { Actor } from "./actor.ts";
import type { Dossier } from "./state.ts";

/**
 * The shape of a command handler. A command is a typed object with its `actor`; it is decided
 * against the dossier, `now` and the calendar into exactly one event, and the event is applied to
 * the dossier by `apply` — the only way a dossier changes. Everything that needs the calendar
 * (due instants, clocks, classifications) is computed in `decide` and carried by the event, so
 * `apply` (and therefore replay) needs no calendar and gives the same dossier every time.
 */

export interface Context {
  readonly now: number;
  readonly calendar: WorkingCalendar;
}

/** Every event: what happened, to which dossier, at which version, when, by whom, under which rule. */
export interface EventEnvelope<T extends string = string, P = unknown> {
  readonly type: T;
  readonly dossierId: string;
  /** The dossier version this event produced (1 for the creating event). */
  readonly version: number;
  readonly at: number;
  readonly actor: Actor;
  /** The rule the transition applied (e.g. "PRC-5"). */
  readonly rule: string;
  readonly payload: P;
}

/** What a handler decides: the event without its envelope bookkeeping. */
export type Draft<E extends EventEnvelope> = Pick<E, "type" | "rule" | "payload">;

export interface CommandBase<T extends string> {
  readonly type: T;
  readonly actor: Actor;
}

/** A command on an existing dossier. */
export interface CommandHandler<C extends CommandBase<string>, E extends EventEnvelope> {
  readonly command: C["type"];
  readonly event: E["type"];
  /** The main rule (for refusals that have no more specific one). */
  readonly rule: string;
  /**
   * State, actor and limit checks that need no payload; `allowedCommands` lists the commands whose
   * check passes. Returns the refusal, or null.
   */
  check(dossier: Dossier, actor: Actor, context: Context): DomainError | null;
  /** Validates the payload and decides the event (called only after `check` passed; may throw DomainError). */
  decide(dossier: Dossier, command: C, context: Context): Draft<E>;
  /** Applies the event's business changes (bookkeeping and final-state closing are done by evolve). */
  apply(dossier: Dossier, event: E): Dossier;
}

/** A command that creates a dossier. */
export interface CreationHandler<C extends CommandBase<string>, E extends EventEnvelope> {
  readonly command: C["type"];
  readonly event: E["type"];
  readonly rule: string;
  decide(command: C, context: Context): Draft<E> & { readonly dossierId: string };
  apply(event: E): Dossier;
}
