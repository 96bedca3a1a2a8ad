/**
 * A destination is a named integration with its own sender: "email" (the applicants' e-mails),
 * "national-portal" (the dossier sync, INT-1). Workers hand it one message at a time and record the outcome.
 */

/** What a sender receives: the message id is the idempotency key the receiver deduplicates on. */
export interface OutgoingMessage {
  readonly id: string;
  readonly orderingKey: string;
  readonly payload: unknown;
  /** 1 on the first attempt. */
  readonly attempt: number;
}

export interface Destination {
  readonly name: string;
  /** After this many failed attempts a message is parked. */
  readonly maxAttempts: number;
  /**
   * Delivers or throws. `signal` aborts when the lease is over (another worker may then deliver
   * the message): a sender should give up then. Errors should carry no credentials: their message
   * is stored and logged as it is.
   */
  send(message: OutgoingMessage, signal: AbortSignal): Promise<void>;
}

/**
 * A sender's failure. `destinationDown`: the receiver or the connection failed, so the next
 * messages would fail the same way now; the round stops instead of spending their attempts.
 */
export class DeliveryFailure extends Error {
  override readonly name = "DeliveryFailure";
  constructor(
    message: string,
    readonly destinationDown: boolean,
  ) {
    super(message);
  }
}

/** The destinations the health page always lists, even before their first message. */
export const KNOWN_DESTINATIONS = ["email", "national-portal"] as const;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;

/** Capped exponential backoff: 1 minute after the first failure, doubling, at most 6 hours. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}
