import { randomBytes } from "node:crypto";
import {
  type CreatedTransaction,
  CreateTransaction,
  QueryTransaction,
  type SettlementLine,
  type TransactionNotice,
  type TransactionStatus,
} from "../../../contracts/payment-platform.ts";
import { localDayNumber } from "../../../domain/calendar/dates.ts";
import { hasValidSignature, isStale, sign } from "../payments/signature.ts";

/**
 * The faults the simulator can play on the callback of the next payments (docs/PAYMENTS.md):
 * - `late_callback`: sent `delayMs` after the payment;
 * - `duplicate_callback`: the same callback delivered twice at once;
 * - `no_callback`: never sent (only the status query tells);
 * - `amount_mismatch`: the callback reports another amount than the one paid.
 */
export type CallbackFault =
  | "none"
  | "late_callback"
  | "duplicate_callback"
  | "no_callback"
  | "amount_mismatch";
export const CALLBACK_FAULTS: readonly CallbackFault[] = [
  "none",
  "late_callback",
  "duplicate_callback",
  "no_callback",
  "amount_mismatch",
];

export interface SimTransaction {
  readonly transactionRef: string;
  readonly order: CreateTransaction;
  status: TransactionStatus;
  payerName: string;
  paidAt: number;
  readonly createdAt: number;
  /** The callbacks' answers from motcua (HTTP status), for tests and the page. */
  readonly deliveries: number[];
}

export class SimulatorRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * PAY-1 (development default): an online payment platform in memory, speaking
 * contracts/payment-platform.ts exactly: it checks motcua's signatures and signs its own messages
 * with the shared secret, opens transactions, takes the citizen's "Thanh toán"/"Hủy" on its page,
 * posts the signed callback to motcua (with the configured fault), answers status queries and
 * lists each day's transactions for settlement.
 */
export class PaymentSimulatorCore {
  readonly #transactions = new Map<string, SimTransaction>();
  readonly #timers = new Set<NodeJS.Timeout>();
  fault: CallbackFault = "none";
  lateMs = 5_000;
  /** The page's address, set by the mount: `<PUBLIC_URL>/sim/thanh-toan`. */
  root = "";

  constructor(
    private readonly settings: { secret: string; merchant: string; now?: () => number },
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  private now(): number {
    return this.settings.now?.() ?? Date.now();
  }

  /** Checks a signed request from motcua: its shape, merchant, signature and freshness. */
  private verified<T extends { signature: string; timestamp: number; merchant: string }>(
    schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
    body: unknown,
  ): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SimulatorRefusal(400, "INVALID", "Yêu cầu sai định dạng.");
    const request = parsed.data;
    if (
      request.merchant !== this.settings.merchant ||
      !hasValidSignature(request as never, this.settings.secret)
    )
      throw new SimulatorRefusal(401, "SIGNATURE", "Chữ ký không hợp lệ.");
    if (isStale(request.timestamp, this.now())) throw new SimulatorRefusal(401, "STALE", "Yêu cầu đã cũ.");
    return request;
  }

  create(body: unknown): CreatedTransaction {
    const order = this.verified(CreateTransaction, body);
    const existing = [...this.#transactions.values()].find((t) => t.order.orderRef === order.orderRef);
    const transaction = existing ?? {
      transactionRef: `GD${randomBytes(6).toString("hex").toUpperCase()}`,
      order,
      status: "pending" as const,
      payerName: "",
      paidAt: 0,
      createdAt: this.now(),
      deliveries: [],
    };
    this.#transactions.set(transaction.transactionRef, transaction);
    return sign(
      {
        transactionRef: transaction.transactionRef,
        orderRef: order.orderRef,
        payUrl: `${this.root}/thanh-toan/${transaction.transactionRef}`,
      },
      this.settings.secret,
      this.now(),
    );
  }

  query(body: unknown): TransactionNotice {
    const request = this.verified(QueryTransaction, body);
    return this.notice(this.get(request.transactionRef));
  }

  get(transactionRef: string): SimTransaction {
    const transaction = this.#transactions.get(transactionRef);
    if (!transaction) throw new SimulatorRefusal(404, "NOT_FOUND", "Không có giao dịch này.");
    return transaction;
  }

  transactions(): SimTransaction[] {
    return [...this.#transactions.values()];
  }

  /** The signed notice of a transaction as it stands (a callback, a status query's answer). */
  notice(transaction: SimTransaction, amount = transaction.order.amount): TransactionNotice {
    return sign(
      {
        transactionRef: transaction.transactionRef,
        orderRef: transaction.order.orderRef,
        dossierCode: transaction.order.dossierCode,
        amount,
        status: transaction.status,
        payerName: transaction.payerName,
        paidAt: transaction.paidAt,
      },
      this.settings.secret,
      this.now(),
    );
  }

  /**
   * The citizen pays (or cancels) on the page: the transaction settles and the callback leaves
   * as the fault says. Resolves once the callbacks that are not delayed were answered.
   */
  async settle(transactionRef: string, action: "pay" | "cancel", payerName: string): Promise<SimTransaction> {
    const transaction = this.get(transactionRef);
    if (transaction.status !== "pending") return transaction;
    transaction.status = action === "pay" ? "paid" : "failed";
    transaction.payerName = payerName.trim().slice(0, 300);
    transaction.paidAt = action === "pay" ? this.now() : 0;
    await this.sendCallbacks(transaction);
    return transaction;
  }

  private async sendCallbacks(transaction: SimTransaction): Promise<void> {
    switch (this.fault) {
      case "no_callback":
        return;
      case "late_callback": {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          void this.deliver(transaction, JSON.stringify(this.notice(transaction)));
        }, this.lateMs);
        this.#timers.add(timer);
        return;
      }
      case "duplicate_callback": {
        const body = JSON.stringify(this.notice(transaction));
        await Promise.all([this.deliver(transaction, body), this.deliver(transaction, body)]);
        return;
      }
      case "amount_mismatch":
        await this.deliver(
          transaction,
          JSON.stringify(this.notice(transaction, transaction.order.amount - 1_000)),
        );
        return;
      default:
        await this.deliver(transaction, JSON.stringify(this.notice(transaction)));
    }
  }

  private async deliver(transaction: SimTransaction, body: string): Promise<void> {
    try {
      const response = await fetch(transaction.order.callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      transaction.deliveries.push(response.status);
    } catch (error) {
      transaction.deliveries.push(0);
      this.warn(
        `payment simulator: callback to ${transaction.order.callbackUrl} failed: ${(error as Error).message}`,
      );
    }
  }

  /** The daily settlement file: every transaction created that day (Vietnam time). */
  settlement(dayNumber: number): SettlementLine[] {
    return this.transactions()
      .filter((t) => localDayNumber(t.createdAt) === dayNumber)
      .map((t) => ({
        transactionRef: t.transactionRef,
        orderRef: t.order.orderRef,
        dossierCode: t.order.dossierCode,
        amount: t.order.amount,
        status: t.status,
        paidAt: t.paidAt,
      }));
  }

  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
