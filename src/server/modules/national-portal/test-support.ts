import { expect } from "vitest";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import {
  DOSSIER_COMMANDS,
  type DossierCommandBody,
  ReceiveDossierRequest,
} from "../../../contracts/dossiers.ts";
import { type Command, type Dossier, type OfficerActor, officer } from "../../../domain/dossier/index.ts";
import { type NationalStatusCode, nationalStatusCode } from "../../../domain/dossier/national-status.ts";
import type { Db } from "../../db/database.ts";
import { commitCommand } from "../dossiers/act-on-dossier.ts";
import type { Clock } from "../dossiers/clock.ts";
import { COMMAND_TABLE, type RoutedCommandType } from "../dossiers/command-table.ts";
import { inTransaction, lockDossier } from "../dossiers/dossier-store.ts";
import { receiveDossier } from "../dossiers/receive-dossier.ts";
import { adoptionReceptionIds, counterReception, officerIdOf } from "../dossiers/test-support.ts";
import { loadOfficerView } from "../identity/officer-view.ts";
import type { PortalSimulator } from "../national-portal-simulator/start-simulator.ts";
import { NATIONAL_PORTAL } from "./portal-switch.ts";
import type { PortalSyncPayload } from "./portal-sync-message.ts";

/** Test harness of the portal sync (not used by production code). */

/** The portal's credentials in the tests' simulators and clients. */
export const PORTAL_LOGIN = { username: "motcua", password: "mat-khau-thu" } as const;

/**
 * Status changes of counter dossiers of procedure 1.003198: the reception through its use case
 * (`receiveDossier`), the changes through the store (`commitCommand`): received (2), handed to the specialist (4), returned for
 * supplement (5), supplement received (4): four messages and four portal codes per dossier.
 */
export async function dossierDriver(db: Db, clock: Clock) {
  const officerOf = async (username: string) =>
    (await loadOfficerView(db, await officerIdOf(db, username))) as CurrentOfficer;
  const oneStop = await officerOf("tthcc.motcua");
  const specialist = await officerOf("tuphap.chuyenvien");
  const ids = await adoptionReceptionIds(db);
  /**
   * A command through the store's path (`commitCommand` on the locked row: the lifecycle, the row,
   * the events, the outbox), its body as the route parses it, by the officer's seat on the dossier.
   */
  const act = <T extends RoutedCommandType>(
    dossierId: string,
    command: T,
    body: Record<string, unknown>,
    seat: (dossier: Dossier) => OfficerActor,
  ) =>
    inTransaction(db, async (trx) => {
      const row = await lockDossier(trx, dossierId);
      const parsed = DOSSIER_COMMANDS[command].body.parse(body) as DossierCommandBody<T>;
      await commitCommand(
        trx,
        clock,
        row,
        (dossier) =>
          ({
            ...COMMAND_TABLE[command].toCommand(parsed),
            type: command,
            actor: seat(dossier),
          }) as unknown as Command,
      );
    });
  const atOneStop = (dossier: Dossier) => officer(oneStop.id, "one_stop_officer", dossier.receivingAgencyId);
  const atStep = (dossier: Dossier) => officer(specialist.id, "specialist", dossier.step?.unitId ?? "");

  const steps: readonly ((id: string, version: number) => Promise<unknown>)[] = [
    (id, version) => act(id, "hand_over", { expectedVersion: version }, atOneStop),
    (id, version) =>
      act(
        id,
        "return_for_supplement",
        { expectedVersion: version, reason: "Thiếu bản sao giấy khai sinh", items: ["Giấy khai sinh"] },
        atStep,
      ),
    (id, version) =>
      act(id, "receive_supplement", { expectedVersion: version, documents: ["Giấy khai sinh"] }, atOneStop),
  ];
  const reception = ReceiveDossierRequest.parse(counterReception(ids));
  return {
    /** The codes each dossier goes through, in order. */
    codes: [2, 4, 5, 4] as NationalStatusCode[],
    /** Changes after the reception. */
    changes: steps.length,
    /** Receives a dossier at the counter; its id. */
    async receive(): Promise<string> {
      const { body } = await receiveDossier(db, clock, oneStop, reception, null);
      return (body as { dossier: { id: string } }).dossier.id;
    },
    /** The `n`-th change (0-based) of a dossier at version n + 1. */
    change(id: string, n: number): Promise<unknown> {
      return (steps[n] as (id: string, version: number) => Promise<unknown>)(id, n + 1);
    },
  };
}

/** Runs `work` on each item, `parallel` at a time. */
export async function inParallel<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<unknown>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** The portal messages in the outbox, in writing order. */
export async function portalMessages(db: Db) {
  const rows = await db
    .selectFrom("outbox_message")
    .select(["id", "ordering_key", "status", "payload", "attempts"])
    .where("destination", "=", NATIONAL_PORTAL)
    .orderBy("seq")
    .execute();
  return rows.map((row) => ({ ...row, payload: row.payload as PortalSyncPayload }));
}

/** A sequence without its repeats in a row (the portal records a status when it changes). */
export const collapsed = <T>(values: readonly T[]): T[] =>
  values.filter((value, i) => i === 0 || values[i - 1] !== value);

/** Resolves once `ready()` holds, checking every `everyMs`; fails after `withinMs`. */
export async function until(
  ready: () => boolean | Promise<boolean>,
  everyMs: number,
  withinMs: number,
  what: string,
) {
  for (let waited = 0; !(await ready()); waited += everyMs) {
    if (waited > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Resolves once the outbox holds `total` portal messages, all delivered (see `until`). */
export function untilAllDelivered(db: Db, total: number, everyMs: number, withinMs: number) {
  return until(
    async () => {
      const messages = await portalMessages(db);
      return messages.length === total && messages.every((m) => m.status === "delivered");
    },
    everyMs,
    withinMs,
    "every change delivered",
  );
}

/**
 * INT-1: the portal holds exactly the dossiers `ids`, each sent through `codes` in order, with that
 * status history (repeats collapsed), one progress record per message, and motcua's status now.
 */
export async function expectPortalInStep(
  db: Db,
  sim: PortalSimulator,
  ids: readonly string[],
  codes: readonly NationalStatusCode[],
) {
  const messages = await portalMessages(db);
  const rows = await db
    .selectFrom("dossier")
    .select(["id", "code", "state"])
    .where("id", "in", ids)
    .execute();
  const portal = sim.dossiers();
  expect(portal.size).toBe(ids.length);
  for (const row of rows) {
    const sent = messages
      .filter((m) => m.ordering_key === row.id)
      .map((m) => m.payload.dossier.TrangThaiHoSo);
    expect(sent).toEqual(codes);
    const held = portal.get(row.code);
    expect(held?.statusHistory.map((change) => change.code)).toEqual(collapsed(sent));
    expect(held?.record.TrangThaiHoSo).toBe(nationalStatusCode(row.state as unknown as Dossier));
    expect(held?.progress).toHaveLength(sent.length);
  }
}
