import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { openPause } from "../../../domain/dossier/apply-helpers.ts";
import { type Actor, type Command, type Dossier, isFinalStatus } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { commitCommand } from "../dossiers/act-on-dossier.ts";
import type { Clock } from "../dossiers/clock.ts";
import { lockDossier, stateOf } from "../dossiers/dossier-store.ts";

/** Who credits the money: chosen on the dossier as it stands (an officer's seat, or the system). */
export type ActorFor = (
  dossier: Dossier,
  now: number,
  calendar: WorkingCalendar,
  command: "record_payment" | "resume",
) => Promise<Actor> | Actor;

export interface Credited {
  /** What `record_payment` credited to the fees (0: nothing was due, or the dossier is closed). */
  readonly applied: number;
  /** The dossier version of the `payment_recorded` event, or null when nothing was credited. */
  readonly version: number | null;
  readonly resumed: boolean;
}

/** What a sum can still pay on the dossier: its balance due, nothing once it is closed. */
export function creditable(dossier: Dossier, amount: number): number {
  if (isFinalStatus(dossier.status)) return 0;
  return Math.max(0, Math.min(amount, dossier.fees.due - dossier.fees.paid));
}

/**
 * PAY-1, PAU-1(b): money lands on a dossier only through the lifecycle's `record_payment`, in the
 * caller's transaction (`commitCommand`: row locked, version checked, event chained, audit and
 * outbox with it); when that pays the fees in full and the dossier is paused for them, `resume`
 * (reason fees) follows in the same transaction. `amount` is what to credit (the caller decides
 * what is creditable); 0 credits nothing.
 */
export async function creditFees(
  trx: Db,
  clock: Clock,
  dossierId: string,
  credit: { amount: number; reference: string },
  actorFor: ActorFor,
): Promise<Credited> {
  if (credit.amount < 1) return { applied: 0, version: null, resumed: false };
  const recorded = await commitCommand(
    trx,
    clock,
    await lockDossier(trx, dossierId),
    async (d, now, cal) => ({
      type: "record_payment",
      amount: credit.amount,
      reference: credit.reference,
      actor: await actorFor(d, now, cal, "record_payment"),
    }),
  );
  const paid = recorded.dossier;
  if (openPause(paid)?.reason !== "fees" || paid.fees.paid < paid.fees.due)
    return { applied: credit.amount, version: paid.version, resumed: false };
  await commitCommand(
    trx,
    clock,
    await lockDossier(trx, dossierId),
    async (d, now, cal) =>
      ({ type: "resume", proofRef: null, actor: await actorFor(d, now, cal, "resume") }) as Command,
  );
  return { applied: credit.amount, version: paid.version, resumed: true };
}

/** The dossier as it stands, locked for the rest of the transaction. */
export async function lockedDossier(trx: Db, dossierId: string): Promise<Dossier> {
  return stateOf(await lockDossier(trx, dossierId));
}
