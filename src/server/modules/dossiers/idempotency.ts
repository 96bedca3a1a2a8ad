import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { canonicalJson } from "../audit/audit-hash.ts";
import { storable } from "./dossier-store.ts";

/**
 * Duplicate submissions (a double click, a retry after a lost answer): a POST may carry an
 * `Idempotency-Key` header. The key is claimed in the command's own transaction, before anything
 * else; the answer is stored with it when the command succeeds. A repeat of the same request by
 * the same caller gets that answer back and changes nothing; a concurrent repeat waits for the
 * first and then gets its answer. A refused or failed command releases the key with its rollback.
 * The same key with a different request is refused (422).
 */
export interface IdempotencyKey {
  caller: string;
  key: string;
  requestHash: Buffer;
}

interface StoredAnswer {
  status: number;
  /** Null when the change committed but its answer was not stored (then rebuilt from the dossier). */
  response: unknown;
  dossierId: string | null;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's key, if it has one (`caller`: `officer:<id>` or `citizen:<id>`). */
export function idempotencyKeyOf(request: FastifyRequest, caller: string): IdempotencyKey | null {
  const header = request.headers["idempotency-key"];
  if (header === undefined) return null;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || !KEY.test(key)) {
    throw new AppError(
      400,
      "IDEMPOTENCY_KEY_INVALID",
      "Khóa Idempotency-Key phải gồm 1–200 ký tự ASCII in được, không có khoảng trắng.",
    );
  }
  const requestHash = createHash("sha256")
    .update(`${request.method} ${request.routeOptions.url}\n`)
    .update(canonicalJson({ params: request.params ?? {}, body: request.body ?? null }))
    .digest();
  return { caller, key, requestHash };
}

/** Claims the key, or returns the answer already given for it. */
export async function claimIdempotencyKey(trx: Db, idem: IdempotencyKey): Promise<StoredAnswer | null> {
  const claimed = await trx
    .insertInto("dossier_command_key")
    .values({ caller: idem.caller, key: idem.key, request_hash: idem.requestHash })
    .onConflict((oc) => oc.columns(["caller", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  if (claimed) return null;
  const stored = await trx
    .selectFrom("dossier_command_key")
    .select(["request_hash", "status", "response", "dossier_id"])
    .where("caller", "=", idem.caller)
    .where("key", "=", idem.key)
    .executeTakeFirstOrThrow();
  if (!stored.request_hash.equals(idem.requestHash)) {
    throw new AppError(
      422,
      "IDEMPOTENCY_KEY_REUSED",
      "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho mỗi thao tác.",
    );
  }
  if (stored.status === null) {
    throw new AppError(409, "IDEMPOTENCY_IN_PROGRESS", "Yêu cầu này đang được xử lý; vui lòng thử lại sau.");
  }
  return { status: stored.status, response: stored.response, dossierId: stored.dossier_id };
}

/** Stores the answer with the claimed key (same transaction as the change). */
export async function recordIdempotentAnswer(
  trx: Db,
  idem: IdempotencyKey,
  answer: StoredAnswer & { version: number | null },
): Promise<void> {
  await trx
    .updateTable("dossier_command_key")
    .set({
      status: answer.status,
      response: answer.response === null ? null : storable(answer.response),
      dossier_id: answer.dossierId,
      version: answer.version,
    })
    .where("caller", "=", idem.caller)
    .where("key", "=", idem.key)
    .execute();
}

/** Stores an answer built after the change committed (see createDossier), unless one is there. */
export async function storeLateAnswer(db: Db, idem: IdempotencyKey, response: unknown): Promise<void> {
  await db
    .updateTable("dossier_command_key")
    .set({ response: storable(response) })
    .where("caller", "=", idem.caller)
    .where("key", "=", idem.key)
    .where("response", "is", null)
    .execute();
}
