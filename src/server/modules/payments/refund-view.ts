import type { RefundView } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentRefundRow } from "../../db/schema/payments.ts";
import { AppError } from "../../http/problem.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import type { Permission } from "../identity/permissions.ts";
import { rolesFor } from "../identity/permissions.ts";
import { officerHoldsRoleOver } from "../identity/scope.ts";

export const REFUND_NOT_FOUND = new AppError(
  404,
  "REFUND_NOT_FOUND",
  "Không tìm thấy đề nghị hoàn trả này của hồ sơ.",
);

const NOT_AT_AGENCY = new AppError(
  403,
  "REFUND_NOT_YOUR_AGENCY",
  "Chỉ cán bộ có thẩm quyền của cơ quan đã thu khoản tiền này mới thực hiện được thao tác hoàn trả.",
);

/** Refunds that still hold (part of) a payment's refundable sum: all but the rejected. */
export const HOLDING: readonly PaymentRefundRow["status"][] = ["requested", "approved", "recorded"];

export function refundView(row: PaymentRefundRow & { payer_name: string }): RefundView {
  return {
    id: row.id,
    paymentId: row.payment_id,
    payerName: row.payer_name,
    amount: Number(row.amount),
    reason: row.reason,
    status: row.status,
    requestedAt: row.requested_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionNote: row.decision_note,
    refundedOn: row.refunded_on,
    method: row.method,
    reference: row.reference,
  };
}

/** The dossier's refunds with their payer, oldest first. */
export function refundsOf(db: Db) {
  return db
    .selectFrom("payment_refund as r")
    .innerJoin("payment as p", "p.id", "r.payment_id")
    .selectAll("r")
    .select("p.payer_name")
    .select((eb) => eb.cast<string | null>("r.refunded_on", "text").as("refunded_on"));
}

/**
 * PAY-3: a refund of the dossier, locked for the rest of the transaction, once the officer is
 * found to hold `permission` over the agency that took the money (the receipt's agency): a
 * leader of another agency reaching the dossier cannot approve its refunds.
 */
export async function lockRefund(
  trx: Db,
  officerId: string,
  permission: Permission,
  at: { dossierId: string; refundId: string },
): Promise<PaymentRefundRow> {
  if (!UUID.test(at.dossierId) || !UUID.test(at.refundId)) throw REFUND_NOT_FOUND;
  const row = await trx
    .selectFrom("payment_refund")
    .selectAll()
    .select((eb) => eb.cast<string | null>("refunded_on", "text").as("refunded_on"))
    .where("id", "=", at.refundId)
    .where("dossier_id", "=", at.dossierId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw REFUND_NOT_FOUND;
  await requireAgencyRole(trx, officerId, permission, row.agency_id);
  return row;
}

export async function requireAgencyRole(
  db: Db,
  officerId: string,
  permission: Permission,
  agencyId: string,
): Promise<void> {
  if (!(await officerHoldsRoleOver(db, officerId, rolesFor(permission), agencyId))) throw NOT_AT_AGENCY;
}

export const REFUND_WRONG_STATE = (status: string, action: string) =>
  new AppError(
    409,
    "REFUND_WRONG_STATE",
    `Đề nghị hoàn trả đang ở trạng thái "${REFUND_STATUS_VI[status] ?? status}", không thể ${action} (PAY-3).`,
  );

const REFUND_STATUS_VI: Record<string, string> = {
  requested: "chờ phê duyệt",
  approved: "đã phê duyệt",
  rejected: "bị từ chối",
  recorded: "đã hoàn trả",
};
