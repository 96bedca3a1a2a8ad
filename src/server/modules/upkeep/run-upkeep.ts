import { sql } from "kysely";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { deleteInBatches } from "./delete-in-batches.ts";

export interface UpkeepSettings {
  /** Uploads never attached to a dossier are deleted this many hours after upload. */
  readonly orphanHours: number;
  /** Idempotency-Key answers are kept this many hours. */
  readonly idempotencyKeyHours: number;
}

export function upkeepSettingsOf(
  config: Pick<Config, "UPLOAD_ORPHAN_HOURS" | "IDEMPOTENCY_KEY_TTL_HOURS">,
): UpkeepSettings {
  return { orphanHours: config.UPLOAD_ORPHAN_HOURS, idempotencyKeyHours: config.IDEMPOTENCY_KEY_TTL_HOURS };
}

interface UpkeepReport {
  orphanFiles: number;
  officerSessions: number;
  citizenSessions: number;
  citizenSignIns: number;
  idempotencyKeys: number;
  paymentNonces: number;
  onlineDrafts: number;
}

const HOUR_MS = 3_600_000;
/** Payment nonces are kept a day: far past the 10-minute replay window (docs/PAYMENTS.md). */
const PAYMENT_NONCE_HOURS = 24;
/** Online drafts (issue #14) untouched this long are deleted: 90 days. */
export const ONLINE_DRAFT_HOURS = 90 * 24;

/**
 * Deletes what nobody will use again, as of `now` (the system time, which sessions are checked
 * against): uploads never attached to a dossier after `orphanHours` (the bytes are in the row, so
 * they go with it) unless a draft or a citizen's data store still holds them, expired officer and citizen sessions and e-ID sign-ins left unfinished, and
 * Idempotency-Key answers older than `idempotencyKeyHours` (but the demo data's), and the payment
 * platform's nonces older than a day (a message that old is refused as stale anyway). Attached files,
 * live sessions and anything of history (events, attachments, audit) are never touched.
 */
export async function runUpkeep(db: Db, settings: UpkeepSettings, now = new Date()): Promise<UpkeepReport> {
  const before = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const expired = sql<boolean>`expires_at <= ${now}`;
  return {
    orphanFiles: await deleteInBatches(
      db,
      "stored_file",
      // A file a draft still holds (REC-4: resumable later) is kept while the draft is.
      sql`NOT attached AND created_at < ${before(settings.orphanHours)} AND id::text NOT IN (
        SELECT c->>'fileId' FROM online_draft, jsonb_array_elements(components) c
        WHERE c->>'fileId' IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM data_store_item i WHERE i.file_id = stored_file.id)`,
    ),
    officerSessions: await deleteInBatches(db, "officer_session", expired),
    citizenSessions: await deleteInBatches(db, "citizen_session", expired),
    citizenSignIns: await deleteInBatches(db, "citizen_sign_in", expired),
    // The demo data's own keys (`demo:…`) stay: the seed finds what it already made by them.
    idempotencyKeys: await deleteInBatches(
      db,
      "dossier_command_key",
      sql`created_at < ${before(settings.idempotencyKeyHours)} AND key NOT LIKE 'demo:%'`,
    ),
    paymentNonces: await deleteInBatches(db, "payment_nonce", sql`seen_at < ${before(PAYMENT_NONCE_HOURS)}`),
    onlineDrafts: await deleteInBatches(db, "online_draft", sql`updated_at < ${before(ONLINE_DRAFT_HOURS)}`),
  };
}
