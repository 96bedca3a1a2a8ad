import { afterAll, beforeAll, expect, it } from "vitest";
import type { CitizenFees } from "../../../contracts/citizen-payments.ts";
import type { PaymentRequestView } from "../../../contracts/payments.ts";
import { call, citizenSession } from "../dossiers/test-support.ts";
import {
  createPaymentTestApp,
  FEE,
  inProcessing,
  type PaymentTestApp,
  pausedForFees,
  payOnPage,
  startPayment,
} from "./test-support.ts";

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
}, 60_000);
afterAll(() => t.close());

const feesOf = (dossierId: string, cookie = t.citizenCookie) =>
  call(t.app, cookie, "GET", `/api/citizen/dossiers/${dossierId}/payments`);

it("PAU-1, PAY-1: a dossier paused for fees shows its balance, the PAU-2 period and that it can be paid online", async () => {
  const paused = await pausedForFees(t);
  const answer = await feesOf(paused.id);
  expect(answer.status).toBe(200);
  const fees = answer.body as CitizenFees;
  expect(fees).toMatchObject({
    due: FEE,
    paid: 0,
    balance: FEE,
    payableOnline: true,
    payments: [],
    requests: [],
  });
  expect(Date.parse(fees.payBy ?? "")).toBeGreaterThan(t.clock.now());
});

it("PAY-1: once paid on the platform, the fees show paid, nothing more to pay, the payment with its receipt and the request settled", async () => {
  const paused = await pausedForFees(t);
  const started = (await startPayment(t, paused.id)).body as PaymentRequestView;
  expect((await feesOf(paused.id)).body.requests).toMatchObject([{ id: started.id, status: "requested" }]);

  expect((await payOnPage(started.payUrl)).status).toBe(303);
  const fees = (await feesOf(paused.id)).body as CitizenFees;
  expect(fees).toMatchObject({ due: FEE, paid: FEE, balance: 0, payableOnline: false, payBy: null });
  expect(fees.payments).toMatchObject([{ amount: FEE, method: "online" }]);
  expect(fees.requests).toMatchObject([{ id: started.id, status: "paid", amount: FEE }]);
  const receipt = await call(
    t.app,
    t.citizenCookie,
    "GET",
    `/api/citizen/dossiers/${paused.id}/payments/${fees.payments[0]?.id}/receipt`,
  );
  expect(receipt.status).toBe(200);
});

it("PAY-1: a payment cancelled on the platform leaves the balance payable and the request failed", async () => {
  const paused = await pausedForFees(t);
  const started = (await startPayment(t, paused.id)).body as PaymentRequestView;
  await payOnPage(started.payUrl, "cancel");
  const fees = (await feesOf(paused.id)).body as CitizenFees;
  expect(fees).toMatchObject({ balance: FEE, payableOnline: true, payments: [] });
  expect(fees.requests).toMatchObject([{ id: started.id, status: "failed" }]);
});

it("PAU-1: a dossier not paused for fees is not payable online", async () => {
  const view = await inProcessing(t);
  expect((await feesOf(view.id)).body).toMatchObject({
    due: 0,
    balance: 0,
    payableOnline: false,
    payBy: null,
  });
});

it("ACC-3: another citizen, a malformed id and nobody signed in learn nothing about the dossier's fees", async () => {
  const paused = await pausedForFees(t);
  const stranger = await citizenSession(t.db, { identityNumber: "001099000777", fullName: "Trần Thị Khác" });
  const other = await feesOf(paused.id, stranger.cookie);
  expect(other.status).toBe(404);
  expect(other.body.code).toBe("DOSSIER_NOT_FOUND");
  expect((await feesOf("khong-phai-uuid")).status).toBe(404);
  expect((await feesOf(paused.id, "")).status).toBe(401);
  // An officer's session is no citizen's.
  expect((await feesOf(paused.id, t.cookies["tthcc.motcua"])).status).toBe(401);
});
