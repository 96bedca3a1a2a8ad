import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierPayments,
  PaymentReconciliationRun,
  PaymentRequestView,
  RefundView,
} from "../../../contracts/payments.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { signInAs } from "../../testing/test-app.ts";
import { vnAppointment } from "../documents/layout.ts";
import { stateOf } from "../dossiers/dossier-store.ts";
import { adoptionReceptionIds, call, MINUTE } from "../dossiers/test-support.ts";
import { createPaymentPlatformClient } from "./payment-platform-client.ts";
import {
  CONFIG,
  createPaymentTestApp,
  FEE,
  inProcessing,
  type PaymentTestApp,
  pausedForFees,
  payOnPage,
  startPayment,
} from "./test-support.ts";

let t: PaymentTestApp;
let leader: string;
beforeAll(async () => {
  t = await createPaymentTestApp();
  leader = await signInAs(t.app, "tuphap.giamdoc");
}, 60_000);
afterAll(() => t.close());

const ONE_STOP = () => t.cookies["tthcc.motcua"];

function simulator() {
  const sim = t.app.paymentSimulator;
  if (!sim) throw new Error("no payment simulator mounted");
  return sim;
}

async function recordAtCounter(dossierId: string, receiptNumber: string) {
  const view = await call(t.app, ONE_STOP(), "GET", `/api/dossiers/${dossierId}`);
  return call(t.app, ONE_STOP(), "POST", `/api/dossiers/${dossierId}/payments`, {
    expectedVersion: view.body.version,
    amount: FEE,
    method: "counter",
    receiptNumber,
    payerName: "Nguyễn Văn An",
  });
}

async function moneyOf(dossierId: string): Promise<DossierPayments> {
  const answer = await call(t.app, ONE_STOP(), "GET", `/api/dossiers/${dossierId}/payments`);
  expect(answer.status).toBe(200);
  return answer.body as DossierPayments;
}

/**
 * The race of docs/PAYMENTS.md, officer first: the citizen opened an online payment, the fees were
 * paid at the counter (which cancels the open request), and the platform still took the money:
 * FEE đồng refundable on the online payment.
 */
async function overpaid(
  receipt: string,
): Promise<{ dossierId: string; paymentId: string; request: PaymentRequestView }> {
  simulator().fault = "none";
  const paused = await pausedForFees(t);
  const started = await startPayment(t, paused.id);
  expect(started.status).toBe(200);
  const request = started.body as PaymentRequestView;
  expect((await recordAtCounter(paused.id, receipt)).status).toBe(201);
  await payOnPage(request.payUrl);
  const money = await moneyOf(paused.id);
  const online = money.items.find((item) => item.method === "online");
  if (!online) throw new Error("the online payment was not recorded");
  return { dossierId: paused.id, paymentId: online.id, request };
}

const refundsPath = (dossierId: string) => `/api/dossiers/${dossierId}/refunds`;

describe("PAY-3: refunds of over- or wrongly paid sums", () => {
  it("PAY-1: a full counter payment cancels the open online request, so the citizen cannot pay twice", async () => {
    simulator().fault = "none";
    const paused = await pausedForFees(t);
    const started = await startPayment(t, paused.id);
    expect((await moneyOf(paused.id)).openRequest).toMatchObject({ amount: FEE });
    expect((await recordAtCounter(paused.id, "BL-CANCEL-1")).status).toBe(201);
    const request = await t.db
      .selectFrom("payment_request")
      .select("status")
      .where("id", "=", (started.body as PaymentRequestView).id)
      .executeTakeFirstOrThrow();
    expect(request.status).toBe("cancelled");
    expect((await moneyOf(paused.id)).openRequest).toBeNull();
    expect((await startPayment(t, paused.id)).body).toMatchObject({ code: "PAYMENT_NOTHING_DUE" });
  });

  it("PAY-3: due, paid and refundable per payer; the money paid twice is refundable", async () => {
    const { dossierId } = await overpaid("BL-REFUND-0");
    const money = await moneyOf(dossierId);
    expect(money).toMatchObject({ due: FEE, paid: FEE });
    expect(money.payers).toEqual([
      { payerName: "Nguyễn Văn An", paid: 2 * FEE, applied: FEE, refunding: 0, refundable: FEE },
    ]);
  });

  it("PAY-3: concurrent refund requests never add up to more than the refundable sum", async () => {
    const { dossierId, paymentId } = await overpaid("BL-REFUND-1");
    const ask = () =>
      call(t.app, ONE_STOP(), "POST", refundsPath(dossierId), {
        paymentId,
        amount: 20_000,
        reason: "Nộp trùng: đã nộp tại quầy và trực tuyến",
      });
    const answers = await Promise.all(Array.from({ length: 6 }, ask));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 422, 422, 422, 422]);
    expect(answers.find((a) => a.status === 422)?.body).toMatchObject({ code: "REFUND_ABOVE_REFUNDABLE" });
    const money = await moneyOf(dossierId);
    expect(money.refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(40_000);
    expect(money.payers[0]).toMatchObject({ refunding: 40_000, refundable: FEE - 40_000 });
    const tooMuch = await call(t.app, ONE_STOP(), "POST", refundsPath(dossierId), {
      paymentId,
      amount: FEE - 40_000 + 1,
      reason: "Thử hoàn quá số tiền",
    });
    expect(tooMuch.status).toBe(422);
  });

  it("PAY-3: a refund is recorded only after a leader of the agency approved it; each step once", async () => {
    const { dossierId, paymentId } = await overpaid("BL-REFUND-2");
    const asked = await call(t.app, ONE_STOP(), "POST", refundsPath(dossierId), {
      paymentId,
      amount: FEE,
      reason: "Nộp trùng",
    });
    expect(asked.status).toBe(201);
    const refund = asked.body as RefundView;
    expect(refund).toMatchObject({ status: "requested", amount: FEE, payerName: "Nguyễn Văn An" });
    const base = `${refundsPath(dossierId)}/${refund.id}`;
    const recording = { refundedOn: "2026-12-07", method: "transfer", reference: "UNC-0001" };

    const early = await call(t.app, ONE_STOP(), "POST", `${base}/record`, recording);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: "REFUND_WRONG_STATE" });
    expect((await call(t.app, ONE_STOP(), "POST", `${base}/approve`, {})).status).toBe(403);

    const approved = await call(t.app, leader, "POST", `${base}/approve`, { note: "Đồng ý hoàn trả" });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "approved", decisionNote: "Đồng ý hoàn trả" });
    expect((await call(t.app, leader, "POST", `${base}/reject`, {})).status).toBe(409);

    const recorded = await call(t.app, ONE_STOP(), "POST", `${base}/record`, recording);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: "recorded", ...recording });
    expect((await call(t.app, ONE_STOP(), "POST", `${base}/record`, recording)).status).toBe(409);
    expect((await moneyOf(dossierId)).payers[0]).toMatchObject({ refunding: FEE, refundable: 0 });
  });

  it("PAY-3: a rejected refund gives its sum back to the refundable", async () => {
    const { dossierId, paymentId } = await overpaid("BL-REFUND-3");
    const asked = await call(t.app, ONE_STOP(), "POST", refundsPath(dossierId), {
      paymentId,
      amount: 30_000,
      reason: "Nộp trùng",
    });
    const rejected = await call(
      t.app,
      leader,
      "POST",
      `${refundsPath(dossierId)}/${(asked.body as RefundView).id}/reject`,
      { note: "Chưa đủ chứng từ" },
    );
    expect(rejected.body).toMatchObject({ status: "rejected" });
    expect((await moneyOf(dossierId)).payers[0]).toMatchObject({ refunding: 0, refundable: FEE });
  });

  it("PAY-1: the generic record-payment command is gone: fees are never credited without a payment and receipt", async () => {
    const paused = await pausedForFees(t);
    const answer = await call(t.app, ONE_STOP(), "POST", `/api/dossiers/${paused.id}/record-payment`, {
      expectedVersion: paused.version,
      amount: FEE,
      reference: "BL-GENERIC",
    });
    expect(answer.status).toBe(404);
    const view = await call(t.app, ONE_STOP(), "GET", `/api/dossiers/${paused.id}`);
    expect(view.body.allowedCommands.map((c: { type: string }) => c.type)).not.toContain("record_payment");
    const events = await t.db
      .selectFrom("dossier_event")
      .select("type")
      .where("dossier_id", "=", paused.id)
      .where("type", "=", "payment_recorded")
      .execute();
    expect(events).toEqual([]);
  });
});

describe("PAU-1 (b), PAU-2: the fee notice", () => {
  it("tells the applicant the amount, how to pay (online link, counter) and the PAU-2 due date", async () => {
    const paused = await pausedForFees(t);
    const outbox = await t.db
      .selectFrom("outbox_message")
      .select("payload")
      .where("destination", "=", "email")
      .execute();
    const notice = outbox
      .map((row) => row.payload as { dossierId?: string; kind?: string; subject?: string; body?: string })
      .find((payload) => payload.dossierId === paused.id && payload.kind === "paused");
    expect(notice?.subject).toContain("thông báo nộp phí, lệ phí");
    expect(notice?.body).toContain(`${FEE.toLocaleString("vi-VN")} đồng`);
    const row = await t.db
      .selectFrom("dossier")
      .select("state")
      .where("id", "=", paused.id)
      .executeTakeFirstOrThrow();
    const due = stateOf(row).subDeadlines.find((s) => s.kind === "fee_payment")?.due ?? 0;
    expect(notice?.body).toContain(`Hạn nộp: ${vnAppointment(due)}.`);
    expect(notice?.body).toContain("Trực tuyến");
    expect(notice?.body).toContain("Bộ phận Một cửa");
  });
});

describe("PAY-3: daily reconciliation with the platform's settlement file", () => {
  it("lists every line missing in motcua, extra in motcua, or different", async () => {
    simulator().fault = "none";
    const agencyId = (await adoptionReceptionIds(t.db)).agencyId;
    // Paid online and settled on both sides: matches.
    const paid = await pausedForFees(t);
    const paidRequest = (await startPayment(t, paid.id)).body as PaymentRequestView;
    await payOnPage(paidRequest.payUrl);
    // Different: the platform's file reports it failed, motcua recorded it paid.
    const differing = await pausedForFees(t);
    const differingRequest = (await startPayment(t, differing.id)).body as PaymentRequestView;
    await payOnPage(differingRequest.payUrl);
    const differingRef = await refOf(differingRequest.id);
    simulator().get(differingRef).status = "failed";
    // Missing in motcua: a transaction of one of the agency's dossiers that motcua never asked for.
    const stranger = await inProcessing(t);
    const missing = await createPaymentPlatformClient({
      ...CONFIG,
      PUBLIC_URL: t.publicUrl,
    }).createTransaction({
      orderRef: `${stranger.code}.lost`,
      dossierCode: stranger.code,
      amount: 12_000,
      description: "Giao dịch motcua không ghi nhận",
      returnUrl: `${t.publicUrl}/`,
      callbackUrl: `${t.publicUrl}/api/payments/callback`,
    });
    // Extra in motcua: a request the platform does not list.
    const extra = await pausedForFees(t);
    await t.db
      .insertInto("payment_request")
      .values({
        dossier_id: extra.id,
        dossier_code: extra.code,
        amount: FEE,
        platform: "simulator",
        order_ref: `${extra.code}.extra`,
        transaction_ref: "GDKHONGCOTRENTEP",
        pay_url: `${t.publicUrl}/sim/thanh-toan/thanh-toan/GDKHONGCOTRENTEP`,
        created_at: new Date(t.clock.now()),
      })
      .execute();
    // The platform keeps real time, the test app a driven clock: put this test's requests on
    // the platform's day.
    await t.db
      .updateTable("payment_request")
      .set({ created_at: new Date() })
      .where("dossier_id", "in", [paid.id, differing.id, extra.id])
      .execute();

    const run = await call(t.app, ONE_STOP(), "POST", "/api/payment-reconciliation/runs", {
      agencyId,
      day: localIsoDate(Date.now()),
    });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    const result = run.body as PaymentReconciliationRun;
    expect(result.status).toBe("succeeded");
    const byRef = Object.fromEntries(result.lines.map((line) => [line.transactionRef, line]));
    expect(byRef[missing.transactionRef]).toMatchObject({
      kind: "missing",
      dossierCode: stranger.code,
      fileAmount: 12_000,
      motcuaAmount: null,
    });
    expect(byRef.GDKHONGCOTRENTEP).toMatchObject({
      kind: "extra",
      dossierCode: extra.code,
      fileAmount: null,
    });
    expect(byRef[differingRef]).toMatchObject({
      kind: "different",
      fileStatus: "failed",
      motcuaStatus: "paid",
      fileAmount: FEE,
      motcuaAmount: FEE,
    });
    expect(byRef[await refOf(paidRequest.id)]).toBeUndefined();
    expect(result.matched).toBeGreaterThanOrEqual(1);

    const listed = await call(t.app, leader, "GET", `/api/payment-reconciliation?agencyId=${agencyId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.runs[0]).toMatchObject({ id: result.id, lines: result.lines });
    t.clock.advance(MINUTE);
  });
});

async function refOf(requestId: string): Promise<string> {
  const row = await t.db
    .selectFrom("payment_request")
    .select("transaction_ref")
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
  return row.transaction_ref;
}
