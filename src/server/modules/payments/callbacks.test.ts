import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PaymentRequestView } from "../../../contracts/payments.ts";
import { flat, readPdf } from "../documents/pdf-test-support.ts";
import { call, MINUTE } from "../dossiers/test-support.ts";
import { createPaymentPlatformClient } from "./payment-platform-client.ts";
import { settleByStatusQuery } from "./settle-by-status-query.ts";
import {
  CONFIG,
  createPaymentTestApp,
  FEE,
  inProcessing,
  type PaymentTestApp,
  paidNotice,
  pausedForFees,
  payOnPage,
  postCallback,
  startPayment,
} from "./test-support.ts";

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
}, 60_000);
afterAll(() => t.close());

function simulator() {
  const sim = t.app.paymentSimulator;
  if (!sim) throw new Error("no payment simulator mounted");
  return sim;
}

const client = () => createPaymentPlatformClient({ ...CONFIG, PUBLIC_URL: t.publicUrl });

async function started(): Promise<{ dossierId: string; request: PaymentRequestView }> {
  simulator().fault = "none";
  const paused = await pausedForFees(t);
  const answer = await startPayment(t, paused.id);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return { dossierId: paused.id, request: answer.body as PaymentRequestView };
}

async function recordAtCounter(dossierId: string, receiptNumber: string) {
  const view = await call(t.app, t.cookies["tthcc.motcua"], "GET", `/api/dossiers/${dossierId}`);
  return call(t.app, t.cookies["tthcc.motcua"], "POST", `/api/dossiers/${dossierId}/payments`, {
    expectedVersion: view.body.version,
    amount: FEE,
    method: "counter",
    receiptNumber,
    payerName: "Nguyễn Văn An",
  });
}

async function refsOf(request: PaymentRequestView) {
  const row = await t.db
    .selectFrom("payment_request")
    .select(["transaction_ref as transactionRef", "order_ref as orderRef", "status"])
    .where("id", "=", request.id)
    .executeTakeFirstOrThrow();
  return { transactionRef: row.transactionRef, orderRef: row.orderRef, status: row.status };
}

/** What should not move when a callback is refused: the dossier and the money. */
async function ledger(dossierId: string) {
  const [dossier, events, payments, requests] = await Promise.all([
    t.db
      .selectFrom("dossier")
      .select(["status", "version", "state"])
      .where("id", "=", dossierId)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom("dossier_event")
      .select("type")
      .where("dossier_id", "=", dossierId)
      .where("type", "=", "payment_recorded")
      .execute(),
    t.db
      .selectFrom("payment")
      .select(["amount", "applied_amount", "method"])
      .where("dossier_id", "=", dossierId)
      .execute(),
    t.db.selectFrom("payment_request").select("status").where("dossier_id", "=", dossierId).execute(),
  ]);
  const fees = (dossier.state as { fees: { paid: number } }).fees;
  return {
    status: dossier.status,
    version: dossier.version,
    paid: fees.paid,
    recordedEvents: events.length,
    payments: payments.map((p) => ({
      amount: Number(p.amount),
      applied: Number(p.applied_amount),
      method: p.method,
    })),
    requests: requests.map((r) => r.status),
  };
}

async function verdictsOf(requestId: string | null, transactionRef: string) {
  const rows = await t.db
    .selectFrom("payment_callback_log")
    .select("verdict")
    .where((eb) => eb.or([eb("request_id", "=", requestId), eb("transaction_ref", "=", transactionRef)]))
    .orderBy("id")
    .execute();
  return rows.map((r) => r.verdict);
}

describe("online payment through the platform simulator (PAY-1, PAY-2, PAU-1 b)", () => {
  it("PAY-1: a dossier with nothing due (not paused for fees) cannot start a payment", async () => {
    const view = await inProcessing(t);
    const answer = await startPayment(t, view.id);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: "PAYMENT_NOTHING_DUE" });
    expect(
      await t.db.selectFrom("payment_request").where("dossier_id", "=", view.id).selectAll().execute(),
    ).toEqual([]);
  });

  it("PAY-1: another citizen's dossier is not found (404), and nothing is requested", async () => {
    const paused = await pausedForFees(t);
    const stranger = await call(t.app, undefined, "POST", `/api/citizen/dossiers/${paused.id}/payments`);
    expect(stranger.status).toBe(401);
  });

  it("PAY-2, PAU-1(b): paying on the page calls back over HTTP; the payment is recorded and the fee pause resumed in one go", async () => {
    const { dossierId, request } = await started();
    expect(request).toMatchObject({ amount: FEE, status: "requested" });
    expect(request.payUrl).toContain("/sim/thanh-toan/thanh-toan/");
    const again = await startPayment(t, dossierId);
    expect(again.body).toMatchObject({ id: request.id, payUrl: request.payUrl });
    const page = await fetch(request.payUrl);
    const html = await page.text();
    expect(html).toContain(request.dossierCode);
    expect(html).toContain("Thanh toán");
    expect(html).toContain("Hủy");

    const paid = await payOnPage(request.payUrl);
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toContain(`${t.publicUrl}/ca-nhan?ho-so=${dossierId}`);
    expect(await ledger(dossierId)).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      payments: [{ amount: FEE, applied: FEE, method: "online" }],
      requests: ["paid"],
    });
    const resumed = await t.db
      .selectFrom("dossier_event")
      .select(["type", "actor"])
      .where("dossier_id", "=", dossierId)
      .where("type", "in", ["payment_recorded", "resumed"])
      .orderBy("version")
      .execute();
    expect(resumed.map((e) => [e.type, (e.actor as { job?: string }).job])).toEqual([
      ["payment_recorded", "payment-platform"],
      ["resumed", "payment-platform"],
    ]);
    const { transactionRef } = await refsOf(request);
    expect(await verdictsOf(request.id, transactionRef)).toEqual(["accepted"]);
  });

  it("PAY-1: the electronic receipt (PDF) shows the amount in figures and words, the dossier code and the receipt number", async () => {
    const { dossierId, request } = await started();
    await payOnPage(request.payUrl);
    const payment = await t.db
      .selectFrom("payment")
      .selectAll()
      .where("dossier_id", "=", dossierId)
      .executeTakeFirstOrThrow();
    expect(payment.receipt_number).toMatch(/^BLDT-\d{6}$/);
    const response = await t.app.inject({
      method: "GET",
      url: `/api/citizen/dossiers/${dossierId}/payments/${payment.id}/receipt`,
      headers: { cookie: t.citizenCookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = flat(await readPdf(response.rawPayload));
    expect(text).toContain("BIÊN LAI THU PHÍ, LỆ PHÍ");
    expect(text).toContain("50.000 đồng");
    expect(text).toContain("Năm mươi nghìn đồng");
    expect(text).toContain(request.dossierCode);
    expect(text).toContain(payment.receipt_number);
    expect(text).toContain("Nguyễn Văn An");
    const officer = await t.app.inject({
      method: "GET",
      url: `/api/dossiers/${dossierId}/payments/${payment.id}/receipt`,
      headers: { cookie: t.cookies["tthcc.motcua"] ?? "" },
    });
    expect(officer.statusCode).toBe(200);
  });

  it("PAY-2: a callback with a forged signature changes nothing and is logged for review", async () => {
    const { dossierId, request } = await started();
    const refs = await refsOf(request);
    const before = await ledger(dossierId);
    const forged = await postCallback(t, paidNotice(request, refs, {}, "khoa-gia-mao-cua-ke-xau-0000"));
    expect(forged).toEqual({ status: 401, verdict: "forged" });
    expect(await ledger(dossierId)).toEqual(before);
    expect(before).toMatchObject({ status: "paused", paid: 0, requests: ["requested"] });
    expect(await verdictsOf(null, refs.transactionRef)).toEqual(["forged"]);
  });

  it("PAY-2: a replay — an old timestamp, or a nonce already used with another body — changes nothing", async () => {
    const { dossierId, request } = await started();
    const refs = await refsOf(request);
    const before = await ledger(dossierId);
    const old = await postCallback(t, paidNotice(request, refs, { timestamp: Date.now() - 11 * MINUTE }));
    expect(old).toEqual({ status: 409, verdict: "replayed" });
    const nonce = "nonce-dung-lai-0001";
    const first = await postCallback(t, paidNotice(request, refs, { nonce, amount: FEE + 1 }));
    expect(first.verdict).toBe("amount_mismatch");
    const reused = await postCallback(t, paidNotice(request, refs, { nonce }));
    expect(reused).toEqual({ status: 409, verdict: "replayed" });
    expect(await ledger(dossierId)).toEqual(before);
    expect(await verdictsOf(request.id, refs.transactionRef)).toEqual([
      "replayed",
      "amount_mismatch",
      "replayed",
    ]);
  });

  it("PAY-1: a callback for the wrong amount (the simulator's fault) changes nothing; the status query then settles the real payment", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "amount_mismatch";
    await payOnPage(request.payUrl);
    const refs = await refsOf(request);
    expect(simulator().get(refs.transactionRef).deliveries).toEqual([422]);
    expect(await ledger(dossierId)).toMatchObject({
      status: "paused",
      paid: 0,
      payments: [],
      requests: ["requested"],
    });
    expect(await verdictsOf(request.id, refs.transactionRef)).toEqual(["amount_mismatch"]);
    t.clock.advance(16 * MINUTE);
    await settleByStatusQuery(t.db, t.clock.now, client(), 15);
    expect(await ledger(dossierId)).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      requests: ["paid"],
    });
  });

  it("PAY-1: the same callback delivered twice (the simulator's fault) records one payment; both are answered 200", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "duplicate_callback";
    await payOnPage(request.payUrl);
    const refs = await refsOf(request);
    expect(simulator().get(refs.transactionRef).deliveries).toEqual([200, 200]);
    expect(await ledger(dossierId)).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      payments: [{ amount: FEE }],
    });
    expect((await verdictsOf(request.id, refs.transactionRef)).sort()).toEqual(["accepted", "duplicate"]);
  });

  it("PAY-1: concurrent callbacks of one payment with distinct nonces (Promise.all) record exactly one payment", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "no_callback";
    await payOnPage(request.payUrl);
    const refs = await refsOf(request);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postCallback(t, paidNotice(request, refs))),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.verdict === "accepted")).toHaveLength(1);
    expect(await ledger(dossierId)).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      payments: [{ amount: FEE }],
    });
  });

  it("PAY-1: a lost callback is settled by the status query after N minutes, and the dossier resumes", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "no_callback";
    await payOnPage(request.payUrl);
    await settleByStatusQuery(t.db, t.clock.now, client(), 15);
    expect(await ledger(dossierId)).toMatchObject({ status: "paused", paid: 0, requests: ["requested"] });
    t.clock.advance(16 * MINUTE);
    const swept = await settleByStatusQuery(t.db, t.clock.now, client(), 15);
    expect(swept.settled).toBeGreaterThanOrEqual(1);
    expect(await ledger(dossierId)).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      requests: ["paid"],
    });
    const refs = await refsOf(request);
    expect(await verdictsOf(request.id, refs.transactionRef)).toEqual(["accepted"]);
  });

  it("PAY-1, PAY-3: a callback racing the officer's counter record of the same fees ends with exactly one fee payment", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "no_callback";
    await payOnPage(request.payUrl);
    const refs = await refsOf(request);
    const [counter, callback] = await Promise.all([
      recordAtCounter(dossierId, `QUAY-${dossierId.slice(0, 8)}`),
      postCallback(t, paidNotice(request, refs)),
    ]);
    expect(callback).toMatchObject({ status: 200, verdict: "accepted" });
    const after = await ledger(dossierId);
    expect(after).toMatchObject({ status: "in_processing", paid: FEE, recordedEvents: 1 });
    expect(after.payments.reduce((sum, p) => sum + p.applied, 0)).toBe(FEE);
    if (counter.status === 201) {
      // The officer first: the online money is recorded, refundable (PAY-3), not a second fee payment.
      expect(after.payments).toContainEqual({ amount: FEE, applied: 0, method: "online" });
    } else {
      // The callback first: the officer's view moved (409) and, seen again, nothing is outstanding.
      expect(counter).toMatchObject({ status: 409, body: { code: "DOSSIER_VERSION_CONFLICT" } });
      const retried = await recordAtCounter(dossierId, `QUAY2-${dossierId.slice(0, 8)}`);
      expect(retried).toMatchObject({ status: 422, body: { code: "FEES_NOTHING_OUTSTANDING" } });
      expect(await ledger(dossierId)).toEqual(after);
      expect(after.payments).toEqual([{ amount: FEE, applied: FEE, method: "online" }]);
    }
  });

  it("PAY-3: money arriving online after the officer recorded the fees at the counter is recorded as refundable, not as a second fee payment", async () => {
    const { dossierId, request } = await started();
    simulator().fault = "no_callback";
    await payOnPage(request.payUrl);
    const counter = await recordAtCounter(dossierId, `QUAY3-${dossierId.slice(0, 8)}`);
    expect(counter.status, JSON.stringify(counter.body)).toBe(201);
    const callback = await postCallback(t, paidNotice(request, await refsOf(request)));
    expect(callback).toEqual({ status: 200, verdict: "accepted" });
    const after = await ledger(dossierId);
    expect(after).toMatchObject({
      status: "in_processing",
      paid: FEE,
      recordedEvents: 1,
      requests: ["paid"],
    });
    expect(after.payments).toEqual(
      expect.arrayContaining([
        { amount: FEE, applied: FEE, method: "counter" },
        { amount: FEE, applied: 0, method: "online" },
      ]),
    );
    const list = await call(t.app, t.cookies["tthcc.motcua"], "GET", `/api/dossiers/${dossierId}/payments`);
    expect(list.body.items.map((p: { refundable: number }) => p.refundable).sort()).toEqual([0, FEE]);
  });

  it("PAY-1: the one-stop records a counter payment with its receipt number; the fee pause resumes and the number cannot repeat", async () => {
    const paused = await pausedForFees(t);
    const receiptNumber = `QUAY-${paused.id.slice(0, 8)}`;
    const body = {
      expectedVersion: paused.version,
      amount: FEE,
      method: "counter",
      receiptNumber,
      payerName: "Nguyễn Văn An",
    };
    const recorded = await call(
      t.app,
      t.cookies["tthcc.motcua"],
      "POST",
      `/api/dossiers/${paused.id}/payments`,
      body,
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body.payment).toMatchObject({ amount: FEE, applied: FEE, refundable: 0, receiptNumber });
    expect(await ledger(paused.id)).toMatchObject({ status: "in_processing", paid: FEE, recordedEvents: 1 });

    const other = await pausedForFees(t);
    const clash = await call(t.app, t.cookies["tthcc.motcua"], "POST", `/api/dossiers/${other.id}/payments`, {
      ...body,
      expectedVersion: other.version,
    });
    expect(clash).toMatchObject({ status: 409, body: { code: "PAYMENT_RECEIPT_NUMBER_TAKEN" } });
    expect(await ledger(other.id)).toMatchObject({
      status: "paused",
      paid: 0,
      recordedEvents: 0,
      payments: [],
    });
    const list = await call(t.app, t.cookies["tthcc.motcua"], "GET", `/api/dossiers/${paused.id}/payments`);
    expect(list.body).toMatchObject({ due: FEE, paid: FEE, items: [{ receiptNumber, method: "counter" }] });
  });
});
