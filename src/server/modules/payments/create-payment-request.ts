import { randomBytes } from "node:crypto";
import type { PaymentRequestView } from "../../../contracts/payments.ts";
import { type Dossier, feesPayableNow } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentRequestRow } from "../../db/schema/payments.ts";
import { AppError } from "../../http/problem.ts";
import type { Clock } from "../dossiers/clock.ts";
import { inTransaction, lockDossier, stateOf } from "../dossiers/dossier-store.ts";
import type { PaymentPlatformClient } from "./payment-platform-client.ts";

const NOTHING_TO_PAY = new AppError(
  409,
  "PAYMENT_NOTHING_DUE",
  "Hồ sơ không có phí, lệ phí phải nộp lúc này (không tạm dừng để nộp phí, hoặc đã nộp đủ); không tạo được yêu cầu thanh toán.",
);

/** PAU-1(b), PAY-1: only a dossier paused for fees with a balance due can be paid online. */
function balanceDue(dossier: Dossier): number {
  const due = feesPayableNow(dossier);
  if (due < 1) throw NOTHING_TO_PAY;
  return due;
}

export function requestView(row: PaymentRequestRow): PaymentRequestView {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    dossierCode: row.dossier_code,
    amount: Number(row.amount),
    status: row.status,
    payUrl: row.pay_url,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * PAY-1, PAY-2: a payment request for the dossier's balance due, opened on the platform with the
 * dossier code, answered with the page to pay on. Idempotent per dossier while one is open (the
 * same amount): asking again returns it. The dossier row is locked while the platform is asked,
 * so two requests at once open one transaction; a request open for another amount (the balance
 * changed since) is left to the status query and a new one is refused until it settles.
 */
export async function createPaymentRequest(
  db: Db,
  clock: Clock,
  client: PaymentPlatformClient,
  input: { dossierId: string; citizenId: string | null; returnUrl: string; callbackUrl: string },
): Promise<PaymentRequestView> {
  return inTransaction(db, async (trx) => {
    const dossier = stateOf(await lockDossier(trx, input.dossierId));
    const amount = balanceDue(dossier);
    const open = await trx
      .selectFrom("payment_request")
      .selectAll()
      .where("dossier_id", "=", dossier.id)
      .where("status", "=", "requested")
      .executeTakeFirst();
    if (open && Number(open.amount) === amount) return requestView(open);
    if (open) throw REQUEST_STILL_OPEN;
    const orderRef = `${dossier.code}.${randomBytes(4).toString("hex")}`;
    const created = await client.createTransaction({
      orderRef,
      dossierCode: dossier.code,
      amount,
      description: `Nộp phí, lệ phí hồ sơ ${dossier.code} — ${dossier.procedure.name}`.slice(0, 500),
      returnUrl: input.returnUrl,
      callbackUrl: input.callbackUrl,
    });
    const row = await trx
      .insertInto("payment_request")
      .values({
        dossier_id: dossier.id,
        dossier_code: dossier.code,
        amount,
        platform: client.platform,
        order_ref: orderRef,
        transaction_ref: created.transactionRef,
        pay_url: created.payUrl,
        citizen_id: input.citizenId,
        created_at: new Date(clock()),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return requestView(row);
  });
}

const REQUEST_STILL_OPEN = new AppError(
  409,
  "PAYMENT_REQUEST_OPEN",
  "Hồ sơ đang có một yêu cầu thanh toán chưa kết thúc với số tiền khác; xin đợi ít phút để hệ thống đối chiếu rồi thử lại.",
);
