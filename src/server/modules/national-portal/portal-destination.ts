import { sql } from "kysely";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { DeliveryFailure, type Destination, type OutgoingMessage } from "../delivery/destination.ts";
import type { PortalClient } from "./portal-client.ts";
import { PortalError } from "./portal-client.ts";
import { portalClientOf } from "./portal-client-of.ts";
import { NATIONAL_PORTAL } from "./portal-switch.ts";
import type { PortalSyncPayload, ProgressDraft } from "./portal-sync-message.ts";
import { type HoSoDongBo, PORTAL_CODES, SERVICES, type TienDoHoSo } from "./wire.ts";

/** The names a message needs that the dossier's state does not hold, looked up at send time. */
interface Names {
  readonly officers: Readonly<Record<string, string>>;
  readonly units: Readonly<Record<string, string>>;
  readonly field: { readonly code: string; readonly name: string } | null;
  readonly nationalCode: string | null;
}

/**
 * One round trip: officers' and units' names, the procedure version's field, the national code
 * (`dossier.national_code`, read through `to_jsonb` so that a database without that column reads "").
 */
async function namesOf(db: Db, payload: PortalSyncPayload): Promise<Names> {
  const officers = new Set<string>();
  const units = new Set<string>([payload.refs.unitId]);
  for (const { actor } of payload.progress) {
    if (actor.kind !== "officer") continue;
    officers.add(actor.officerId);
    units.add(actor.unitId);
  }
  const { rows } = await sql<Names>`
    SELECT
      coalesce((SELECT jsonb_object_agg(id, full_name) FROM officer
                 WHERE id = ANY(${[...officers]}::uuid[])), '{}') AS officers,
      coalesce((SELECT jsonb_object_agg(id, name) FROM agency
                 WHERE id = ANY(${[...units]}::uuid[])), '{}') AS units,
      (SELECT jsonb_build_object('code', field_code, 'name', field_name) FROM procedure_version
        WHERE procedure_id = ${payload.refs.procedureId} AND version = ${payload.refs.procedureVersion}) AS field,
      (SELECT to_jsonb(d) ->> 'national_code' FROM dossier AS d WHERE d.id = ${payload.dossierId}) AS "nationalCode"`.execute(
    db,
  );
  return rows[0] ?? { officers: {}, units: {}, field: null, nationalCode: null };
}

/** The snapshot and the progress records, named. NguoiXuLy holds at most 50 characters. */
export function namedRecords(
  payload: PortalSyncPayload,
  names: Names,
): { record: HoSoDongBo; progress: TienDoHoSo[] } {
  const record: HoSoDongBo = {
    ...payload.dossier,
    MaHoSoQG: names.nationalCode ?? "",
    MaLinhVuc: names.field?.code ?? "",
    TenLinhVuc: names.field?.name ?? "",
    DonViXuLy: names.units[payload.refs.unitId] ?? "",
  };
  const progress = payload.progress.map(({ actor, ...draft }: ProgressDraft) => ({
    ...draft,
    NguoiXuLy: (actor.kind === "officer" ? (names.officers[actor.officerId] ?? "") : actor.name).slice(0, 50),
    ChucDanh: actor.title,
    PhongBanXuLy: actor.kind === "officer" ? (names.units[actor.unitId] ?? "") : "",
  }));
  return { record, progress };
}

/**
 * `DongBoHoSoMC`: an insert for the dossier's first message, else an update; "409" (the portal
 * has it) → as an update, "404" (it has not) → as an insert. Each operation has its own
 * idempotency key derived from the message id, so a repeat after a crash takes no second effect.
 */
async function syncDossier(
  client: PortalClient,
  message: OutgoingMessage,
  record: HoSoDongBo,
  first: boolean,
  signal: AbortSignal,
): Promise<void> {
  const send = (update: boolean) =>
    client.call(
      SERVICES.syncDossiers,
      { isUpdating: update ? "true" : "false", data: [record] },
      { signal, idempotencyKey: `${message.id}:hoso-${update ? "update" : "insert"}` },
    );
  try {
    await send(!first);
  } catch (error) {
    const fallback = first ? PORTAL_CODES.alreadyExists : PORTAL_CODES.notFound;
    if (!(error instanceof PortalError) || error.code !== fallback) throw error;
    await send(first);
  }
}

/**
 * INT-1: the "national-portal" destination. Sends the message's dossier snapshot
 * (`DongBoHoSoMC`), then its progress records (`CapNhatTienDoHoSoMC`, key `${id}:tiendo`). The
 * portal unreachable or failing → `DeliveryFailure(destinationDown)` (the round stops); a refusal
 * → `DeliveryFailure` for this message (retried with backoff, then parked). Errors carry the
 * portal's code and message, never the credentials (portal-client.ts).
 */
export function portalDestination(db: Db, client: PortalClient, maxAttempts: number): Destination {
  return {
    name: NATIONAL_PORTAL,
    maxAttempts,
    async send(message, signal) {
      const payload = message.payload as PortalSyncPayload;
      const { record, progress } = namedRecords(payload, await namesOf(db, payload));
      try {
        await syncDossier(client, message, record, payload.first, signal);
        if (progress.length > 0) {
          await client.call(
            SERVICES.syncProgress,
            { data: progress },
            { signal, idempotencyKey: `${message.id}:tiendo` },
          );
        }
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        throw new DeliveryFailure(error.message, error.down);
      }
    },
  };
}

/** The national portal's destination the configuration asks for; none when NATIONAL_PORTAL_ENABLED=false. */
export function configuredPortal(config: Config, db: Db): Destination | null {
  const client = portalClientOf(config);
  if (!client) return null;
  return portalDestination(db, client, config.NATIONAL_PORTAL_MAX_ATTEMPTS);
}
