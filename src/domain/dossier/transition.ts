import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { DomainError } from "../errors.ts";
import { type Command, isCreationCommand } from "./commands.ts";
import { DossierErrors } from "./errors.ts";
import type { DossierEvent } from "./events.ts";
import { evolve } from "./evolve.ts";
import type { Context } from "./handler.ts";
import { creationHandlerOf, HANDLERS, handlerOf } from "./registry.ts";
import type { Dossier } from "./state.ts";

/** An accepted command: the new dossier and the events appended to its history. */
export interface Transition {
  readonly dossier: Dossier;
  readonly events: readonly DossierEvent[];
}

function decide(dossier: Dossier | null, command: Command, context: Context): DossierEvent {
  const { now } = context;
  if (isCreationCommand(command)) {
    if (dossier) throw DossierErrors.alreadyExists();
    const { dossierId, ...draft } = creationHandlerOf(command.type).decide(command, context);
    return { ...draft, dossierId, version: 1, at: now, actor: command.actor } as DossierEvent;
  }
  if (!dossier) throw DossierErrors.required();
  if (now < dossier.lastEventAt) throw DossierErrors.timeOrder(now, dossier.lastEventAt);
  if (!Object.hasOwn(HANDLERS, command.type)) throw DossierErrors.unknownCommand(String(command.type));
  const handler = handlerOf(command.type);
  const refusal = handler.check(dossier, command.actor, context);
  if (refusal) throw refusal;
  const draft = handler.decide(dossier, command, context);
  return {
    ...draft,
    dossierId: dossier.id,
    version: dossier.version + 1,
    at: now,
    actor: command.actor,
  } as DossierEvent;
}

/**
 * DESIGN rule 1: `(dossier, command, now, calendar) -> {dossier, events} | DomainError`.
 * `dossier` is null for the creating commands (`receive`, `submit_online`). A refusal changes
 * nothing and is returned, not thrown; anything else thrown is a bug.
 */
export function transition(
  dossier: Dossier | null,
  command: Command,
  now: number,
  calendar: WorkingCalendar,
): Transition | DomainError {
  try {
    if (typeof now !== "number" || !Number.isFinite(now)) {
      throw new DomainError("TIME_INVALID", `Thời điểm ${String(now)} không hợp lệ.`);
    }
    const event = decide(dossier, command, { now, calendar });
    return { dossier: evolve(dossier, event), events: [event] };
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}
