import { createHash } from "node:crypto";
import type { DossierEvent } from "../../../domain/dossier/index.ts";
import type { DossierEventRow } from "../../db/schema/dossiers.ts";
import { canonicalJson } from "../audit/audit-hash.ts";

/**
 * House rule 3: each event of a dossier carries the SHA-256 of the previous event's hash (none
 * for the first) and of its own canonical content: type, dossier, version, instant (epoch ms),
 * actor, rule and payload. Changing, removing or reordering an event breaks the chain from there.
 */
export function dossierEventHash(previous: Buffer | null, event: DossierEvent): Buffer {
  return createHash("sha256")
    .update(previous ? previous.toString("hex") : "genesis")
    .update("\n")
    .update(
      canonicalJson({
        type: event.type,
        dossierId: event.dossierId,
        version: event.version,
        at: event.at,
        actor: event.actor,
        rule: event.rule,
        payload: event.payload,
      }),
    )
    .digest();
}

/** The domain event a stored row holds. */
export function eventOfRow(
  row: Pick<DossierEventRow, "type" | "dossier_id" | "version" | "at" | "actor" | "rule" | "payload">,
): DossierEvent {
  return {
    type: row.type,
    dossierId: row.dossier_id,
    version: row.version,
    at: row.at.getTime(),
    actor: row.actor,
    rule: row.rule,
    payload: row.payload,
  } as unknown as DossierEvent;
}

export type ChainCheck =
  | { intact: true; events: number }
  | {
      intact: false;
      events: number;
      brokenAtVersion: number;
      reason: "hash_mismatch" | "link_mismatch" | "version_gap";
    };

/** Checks a dossier's events (in version order) against their chain. */
export function checkChain(
  rows: readonly Pick<
    DossierEventRow,
    "type" | "dossier_id" | "version" | "at" | "actor" | "rule" | "payload" | "prev_hash" | "hash"
  >[],
): ChainCheck {
  let previous: Buffer | null = null;
  for (const [index, row] of rows.entries()) {
    const broken = (reason: "hash_mismatch" | "link_mismatch" | "version_gap"): ChainCheck => ({
      intact: false,
      events: rows.length,
      brokenAtVersion: row.version,
      reason,
    });
    if (row.version !== index + 1) return broken("version_gap");
    if (!sameBytes(row.prev_hash, previous)) return broken("link_mismatch");
    if (!sameBytes(row.hash, dossierEventHash(previous, eventOfRow(row)))) return broken("hash_mismatch");
    previous = row.hash;
  }
  return { intact: true, events: rows.length };
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
