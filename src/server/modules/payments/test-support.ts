import { randomBytes } from "node:crypto";
import type { DossierView } from "../../../contracts/dossiers.ts";
import type { TransactionNotice } from "../../../contracts/payment-platform.ts";
import { PAYMENT_CALLBACK_PATH } from "../../../contracts/payment-platform.ts";
import type { PaymentRequestView } from "../../../contracts/payments.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { createTestDatabase } from "../../testing/test-database.ts";
import {
  adoptionReceptionIds,
  call,
  citizenSession,
  counterReception,
  type DossierTestApp,
  issueCommand,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  uploadSamplePdf,
} from "../dossiers/test-support.ts";
import { freePort } from "../national-portal-simulator/test-support.ts";
import { signatureOf } from "./signature.ts";

/** Test harness of the payments module (not used by production code). */

export const FEE = 50_000;
export const CONFIG = loadConfig({});

export interface PaymentTestApp extends DossierTestApp {
  publicUrl: string;
  cookies: Record<string, string>;
  /** The applicant of `counterReception` as a signed-in level-2 citizen: they own its dossiers. */
  citizenCookie: string;
}

/** The app listening at its PUBLIC_URL (the simulator posts callbacks there), with a driven clock. */
export async function createPaymentTestApp(): Promise<PaymentTestApp> {
  const database = await createTestDatabase();
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  let now = await nextWorkingMorning(database.db);
  const app = await buildApp(
    {
      ...CONFIG,
      LOG_LEVEL: "silent",
      SESSION_TTL_HOURS: 1,
      WEB_DIST_DIR: "",
      PUBLIC_URL: publicUrl,
      NODE_ENV: "test",
    },
    database.db,
    undefined,
    { clock: () => now },
  );
  await app.listen({ port, host: "127.0.0.1" });
  const cookies = await officerCookies(app, ["tthcc.motcua", "tuphap.chuyenvien"]);
  const citizen = await citizenSession(database.db, {
    identityNumber: "038085012345",
    fullName: "Nguyễn Văn An",
  });
  return {
    app,
    database,
    db: database.db,
    publicUrl,
    cookies,
    citizenCookie: citizen.cookie,
    clock: {
      now: () => now,
      set: (at) => {
        now = at;
      },
      advance: (ms) => {
        now += ms;
        return now;
      },
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Received at the counter of Sở Tư pháp and handed to the specialist: in processing, nothing due. */
export async function inProcessing(t: PaymentTestApp): Promise<DossierView> {
  const received = await call(
    t.app,
    t.cookies["tthcc.motcua"],
    "POST",
    "/api/dossiers",
    counterReception(await adoptionReceptionIds(t.db)),
  );
  if (received.status !== 201)
    throw new Error(`reception: ${received.status} ${JSON.stringify(received.body)}`);
  return issueCommand(t, t.cookies["tthcc.motcua"], received.body.dossier, "hand_over", {}, 10 * MINUTE);
}

/** PAU-1(b): paused by the specialist for a fee of FEE đồng. */
export async function pausedForFees(t: PaymentTestApp): Promise<DossierView> {
  const view = await inProcessing(t);
  const proofFileId = await uploadSamplePdf(t, t.cookies["tuphap.chuyenvien"], "thong-bao-phi.pdf");
  return issueCommand(
    t,
    t.cookies["tuphap.chuyenvien"],
    view,
    "pause",
    { reason: "fees", proofFileId, feeAmount: FEE },
    10 * MINUTE,
  );
}

export async function startPayment(t: PaymentTestApp, dossierId: string) {
  return call(t.app, t.citizenCookie, "POST", `/api/citizen/dossiers/${dossierId}/payments`);
}

/** The citizen presses "Thanh toán" (or "Hủy") on the simulator's page, over real HTTP. */
export async function payOnPage(payUrl: string, action: "pay" | "cancel" = "pay"): Promise<Response> {
  return fetch(payUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ action, payerName: "Nguyễn Văn An" }).toString(),
    redirect: "manual",
  });
}

/** A callback as the platform would sign it (or with `secret` another key), posted over HTTP. */
export async function postCallback(
  t: PaymentTestApp,
  body: string,
): Promise<{ status: number; verdict: string }> {
  const response = await fetch(`${t.publicUrl}${PAYMENT_CALLBACK_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  return { status: response.status, verdict: ((await response.json()) as { verdict: string }).verdict };
}

/** The "paid" notice of a request as the platform signs it (or with `secret`, another key). */
export function paidNotice(
  request: PaymentRequestView,
  refs: { transactionRef: string; orderRef: string },
  overrides: Partial<Pick<TransactionNotice, "amount" | "timestamp" | "nonce">> = {},
  secret = CONFIG.PAYMENT_PLATFORM_SECRET,
): string {
  const fields = {
    ...refs,
    dossierCode: request.dossierCode,
    amount: overrides.amount ?? request.amount,
    status: "paid",
    payerName: "Nguyễn Văn An",
    paidAt: Date.now(),
    timestamp: overrides.timestamp ?? Date.now(),
    nonce: overrides.nonce ?? randomBytes(16).toString("hex"),
  };
  return JSON.stringify({ ...fields, signature: signatureOf(fields, secret) });
}
