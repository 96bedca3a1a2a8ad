import { z } from "zod";
import {
  CreatedTransaction,
  type CreateTransaction,
  PLATFORM_PATHS,
  SettlementLine,
  TransactionNotice,
} from "../../../contracts/payment-platform.ts";
import type { Config } from "../../config.ts";
import { AppError } from "../../http/problem.ts";
import { hasValidSignature, isStale, sign } from "./signature.ts";

/**
 * PAY-1: motcua's HTTP client of the payment platform (docs/PAYMENTS.md): requests are signed,
 * answers are checked (shape, signature, freshness) before anything is believed. The endpoint is
 * PAYMENT_PLATFORM_URL or the mounted simulator (`paymentEndpointOf`).
 */
export interface PaymentPlatformClient {
  /** The platform's name, stored with each request (`payment_request.platform`). */
  readonly platform: string;
  readonly secret: string;
  createTransaction(
    order: Omit<CreateTransaction, "merchant" | "timestamp" | "nonce" | "signature">,
  ): Promise<CreatedTransaction>;
  queryTransaction(transactionRef: string): Promise<TransactionNotice>;
  /** PAY-3: the settlement file of a day (Vietnam date, YYYY-MM-DD): every transaction of it. */
  settlement(day: string): Promise<SettlementLine[]>;
}

const SettlementFile = z.array(SettlementLine);

/** The settlement file's JSON lines, each checked; a malformed file is refused as a whole. */
export function parseSettlement(text: string): SettlementLine[] {
  const lines = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return null;
      }
    });
  const parsed = SettlementFile.safeParse(lines);
  if (!parsed.success) throw PLATFORM_UNAVAILABLE("tệp đối soát sai định dạng");
  return parsed.data;
}

export type PaymentClientConfig = Pick<
  Config,
  | "PAYMENT_PLATFORM_URL"
  | "PAYMENT_PLATFORM_SECRET"
  | "PAYMENT_PLATFORM_MERCHANT"
  | "PAYMENT_PLATFORM_TIMEOUT_MS"
  | "PUBLIC_URL"
>;

/** Where the simulator is mounted in motcua when no platform is configured. */
export const PAYMENT_SIMULATOR_PREFIX = "/sim/thanh-toan";

export function paymentEndpointOf(config: Pick<Config, "PAYMENT_PLATFORM_URL" | "PUBLIC_URL">): string {
  return (config.PAYMENT_PLATFORM_URL ?? `${config.PUBLIC_URL}${PAYMENT_SIMULATOR_PREFIX}`).replace(
    /\/$/,
    "",
  );
}

export const PLATFORM_UNAVAILABLE = (detail: string) =>
  new AppError(
    502,
    "PAYMENT_PLATFORM_UNAVAILABLE",
    `Nền tảng thanh toán không trả lời được lúc này (${detail}); xin thử lại sau ít phút.`,
  );

export function createPaymentPlatformClient(
  config: PaymentClientConfig,
  now: () => number = Date.now,
): PaymentPlatformClient {
  const base = paymentEndpointOf(config);
  const secret = config.PAYMENT_PLATFORM_SECRET;
  const merchant = config.PAYMENT_PLATFORM_MERCHANT;

  async function post<T extends z.ZodType>(path: string, body: object, schema: T): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(config.PAYMENT_PLATFORM_TIMEOUT_MS),
      });
    } catch (error) {
      throw PLATFORM_UNAVAILABLE((error as Error).name);
    }
    if (!response.ok) throw PLATFORM_UNAVAILABLE(`HTTP ${response.status}`);
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw PLATFORM_UNAVAILABLE("câu trả lời sai định dạng");
    const answer = parsed.data as z.infer<T> & { signature: string; timestamp: number };
    if (!hasValidSignature(answer, secret) || isStale(answer.timestamp, now()))
      throw PLATFORM_UNAVAILABLE("chữ ký của câu trả lời không hợp lệ");
    return answer;
  }

  return {
    platform: config.PAYMENT_PLATFORM_URL ? new URL(config.PAYMENT_PLATFORM_URL).host : "simulator",
    secret,
    createTransaction: (order) =>
      post(PLATFORM_PATHS.create, sign({ ...order, merchant }, secret, now()), CreatedTransaction),
    queryTransaction: (transactionRef) =>
      post(PLATFORM_PATHS.query, sign({ merchant, transactionRef }, secret, now()), TransactionNotice),
    async settlement(day) {
      let response: Response;
      try {
        response = await fetch(`${base}${PLATFORM_PATHS.settlement}?ngay=${encodeURIComponent(day)}`, {
          signal: AbortSignal.timeout(config.PAYMENT_PLATFORM_TIMEOUT_MS),
        });
      } catch (error) {
        throw PLATFORM_UNAVAILABLE((error as Error).name);
      }
      if (!response.ok) throw PLATFORM_UNAVAILABLE(`HTTP ${response.status}`);
      return parseSettlement(await response.text());
    },
  };
}
