import { DossierErrors } from "../errors.ts";
import { isOfficer, text } from "../guards.ts";
import type { CommandBase, CreationHandler, EventEnvelope } from "../handler.ts";
import { type LateEntry, receptionInstant } from "../late-entry.ts";
import type { Dossier } from "../state.ts";
import { type NewDossier, type NewDossierInput, newDossier, receptionTiming } from "./new-dossier.ts";

/**
 * REC-2: reception at the counter or by post. Outcome (d) complete → Mẫu 01 (receipt and
 * appointment = the clock's appointment) and the tracking book; (c) refused → Mẫu 03 with the
 * reason. Outcomes (a) not competent and (b) incomplete create no dossier: see reception-outcome.ts.
 * SEC-4 / REC-6: `lateEntry` enters a paper or off-site reception afterwards; the dossier is
 * received (code date, clock, refusal) at the real instant, the event is dated when it is entered.
 */
export interface ReceiveCommand extends CommandBase<"receive">, NewDossierInput {
  readonly channel: "counter" | "post";
  readonly outcome: { readonly kind: "complete" } | { readonly kind: "refused"; readonly reason: string };
  readonly lateEntry?: LateEntry | null;
}

export type DossierReceivedEvent = EventEnvelope<
  "dossier_received",
  { readonly dossier: NewDossier; readonly lateEntry?: LateEntry }
>;

export const receive: CreationHandler<ReceiveCommand, DossierReceivedEvent> = {
  command: "receive",
  event: "dossier_received",
  rule: "REC-2",
  decide(command, { now, calendar }) {
    const actor = command.actor;
    const oneStop =
      isOfficer(actor) && actor.role === "one_stop_officer" && actor.agencyId === command.receivingAgency?.id;
    if (!oneStop) throw DossierErrors.notOneStop();
    if (command.channel !== "counter" && command.channel !== "post") throw DossierErrors.channelInvalid();
    const receivedAt = receptionInstant(command.lateEntry, now);
    const late = command.lateEntry ? { lateEntry: { kind: command.lateEntry.kind, receivedAt } } : {};
    const base = newDossier(calendar, command, command.channel, receivedAt);
    if (command.outcome.kind === "refused") {
      const reason = text(command.outcome.reason);
      if (!reason) throw DossierErrors.fieldRequired("outcome.reason", "Lý do từ chối tiếp nhận", "REC-2");
      const refusal = {
        stage: "reception",
        rule: "REC-2",
        reason,
        at: receivedAt,
        effectiveAt: receivedAt,
        by: actor,
      } as const;
      const dossier: NewDossier = { ...base, status: "refused_at_reception", refusal };
      return { dossierId: base.id, type: "dossier_received", rule: "REC-2", payload: { dossier, ...late } };
    }
    const timing = receptionTiming(calendar, base, receivedAt);
    const dossier: NewDossier = {
      ...base,
      status: "received",
      receivedAt: timing.receivedAt,
      clock: timing.clock,
      subDeadlines: [timing.window],
    };
    return { dossierId: base.id, type: "dossier_received", rule: "REC-2", payload: { dossier, ...late } };
  },
  apply(event): Dossier {
    return { ...event.payload.dossier, version: event.version, createdAt: event.at, lastEventAt: event.at };
  },
};
