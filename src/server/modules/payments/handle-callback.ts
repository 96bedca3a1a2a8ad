import { createHash } from "node:crypto";
import { TransactionNotice } from "../../../contracts/payment-platform.ts";
import type { Db } from "../../db/database.ts";
import type { CallbackVerdict } from "../../db/schema/payments.ts";
import { systemAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import { PAYMENT_JOB, type Settled, settleNotice } from "./settle-notice.ts";
import { hasValidSignature, isStale } from "./signature.ts";

export interface CallbackAnswer {
  readonly status: number;
  readonly verdict: CallbackVerdict;
  readonly message: string;
}

/** What the platform is answered for each verdict: 2xx means "delivered, send it no more". */
const ANSWERS: Readonly<Record<CallbackVerdict, { status: number; message: string }>> = {
  accepted: { status: 200, message: "Đã ghi nhận." },
  duplicate: { status: 200, message: "Đã ghi nhận trước đó; không ghi thêm." },
  forged: { status: 401, message: "Chữ ký không hợp lệ." },
  replayed: { status: 409, message: "Thông báo đã cũ hoặc đã dùng (nonce); không xử lý." },
  amount_mismatch: { status: 422, message: "Số tiền không khớp yêu cầu thanh toán; chờ đối soát." },
  unknown: { status: 404, message: "Không có yêu cầu thanh toán nào khớp giao dịch này." },
  malformed: { status: 400, message: "Thông báo sai định dạng." },
};

const answer = (verdict: CallbackVerdict): CallbackAnswer => ({ verdict, ...ANSWERS[verdict] });

/**
 * PAY-1, PAY-2: a callback from the payment platform (no session: its signature is its
 * authority). Checked before anything changes — shape, HMAC signature (constant time), timestamp
 * within 10 minutes of the wall clock (`wallClock`: the platform's time is real time, whatever the
 * dossier clock says in tests), nonce never seen with another body — then settled (`settleNotice`) in one
 * transaction with its log row and audit record. Whatever the verdict, the raw body is logged in
 * `payment_callback_log` for review; a forged, replayed, unknown or wrong-amount callback changes
 * nothing else.
 */
export async function handleCallback(
  db: Db,
  clock: Clock,
  platform: { name: string; secret: string },
  rawBody: string,
  wallClock: () => number = Date.now,
): Promise<CallbackAnswer> {
  const parsed = TransactionNotice.safeParse(parseJson(rawBody));
  if (!parsed.success)
    return logged(db, clock, rawBody, null, { verdict: "malformed", requestId: null, detail: null });
  const notice = parsed.data;
  if (!hasValidSignature(notice, platform.secret))
    return logged(db, clock, rawBody, notice, { verdict: "forged", requestId: null, detail: null });
  if (isStale(notice.timestamp, wallClock()))
    return logged(db, clock, rawBody, notice, {
      verdict: "replayed",
      requestId: null,
      detail: "quá 10 phút",
    });
  return withAuditScope(systemAuditScope(PAYMENT_JOB, "POST /api/payments/callback"), () =>
    db.transaction().execute(async (trx) => {
      const nonce = await claimNonce(trx, clock, notice.nonce, rawBody);
      const settled: Settled =
        nonce === "replayed"
          ? { verdict: "replayed", requestId: null, detail: "nonce đã dùng" }
          : nonce === "duplicate"
            ? { verdict: "duplicate", requestId: null, detail: "gửi lại nguyên văn" }
            : await settleNotice(trx, clock, platform.name, notice);
      return logged(trx, clock, rawBody, notice, settled);
    }),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The nonce is recorded with the body's digest: seen before with the same body, the platform
 * delivered it again (a duplicate); with another body, somebody replays it. A concurrent delivery
 * of the same body waits here on the unique key until the first one commits.
 */
async function claimNonce(
  trx: Db,
  clock: Clock,
  nonce: string,
  rawBody: string,
): Promise<"new" | "duplicate" | "replayed"> {
  const digest = sha256(rawBody);
  const inserted = await trx
    .insertInto("payment_nonce")
    .values({ nonce, body_sha256: digest, seen_at: new Date(clock()) })
    .onConflict((oc) => oc.column("nonce").doNothing())
    .returning("nonce")
    .executeTakeFirst();
  if (inserted) return "new";
  const seen = await trx
    .selectFrom("payment_nonce")
    .select("body_sha256")
    .where("nonce", "=", nonce)
    .executeTakeFirstOrThrow();
  return seen.body_sha256 === digest ? "duplicate" : "replayed";
}

/** Writes the log row (in the settling transaction, or on its own) and returns the answer. */
export async function logged(
  db: Db,
  clock: Clock,
  rawBody: string,
  notice: Pick<TransactionNotice, "transactionRef" | "nonce"> | null,
  settled: Settled,
  source: "callback" | "status_query" = "callback",
): Promise<CallbackAnswer> {
  await db
    .insertInto("payment_callback_log")
    .values({
      received_at: new Date(clock()),
      source,
      raw_body: rawBody.replaceAll("\u0000", "\uFFFD"),
      transaction_ref: notice?.transactionRef ?? null,
      nonce: notice?.nonce ?? null,
      verdict: settled.verdict,
      request_id: settled.requestId,
      detail: settled.detail,
    })
    .execute();
  return answer(settled.verdict);
}
