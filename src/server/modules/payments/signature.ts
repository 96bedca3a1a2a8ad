import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * PAY-2 wire security (docs/PAYMENTS.md): every message between motcua and the payment platform
 * is signed with HMAC-SHA256 and the shared secret over its canonical string — its fields other
 * than `signature`, keys sorted, `key=value` joined by `&` — and carries a timestamp and a nonce.
 * Both sides use these functions (the simulator too).
 */

/** A message older (or further in the future) than this is a replay. */
export const REPLAY_WINDOW_MS = 10 * 60_000;

type Fields = Readonly<Record<string, string | number>>;

export function canonicalString(fields: Fields): string {
  return Object.keys(fields)
    .filter((key) => key !== "signature")
    .sort()
    .map((key) => `${key}=${String(fields[key])}`)
    .join("&");
}

export function signatureOf(fields: Fields, secret: string): string {
  return createHmac("sha256", secret).update(canonicalString(fields), "utf8").digest("hex");
}

/** Adds timestamp, a fresh nonce and the signature. */
export function sign<T extends Fields>(
  fields: T,
  secret: string,
  now: number,
): T & { timestamp: number; nonce: string; signature: string } {
  const stamped = { ...fields, timestamp: now, nonce: randomBytes(16).toString("hex") };
  return { ...stamped, signature: signatureOf(stamped, secret) };
}

/** Whether `fields.signature` is theirs, compared in constant time. */
export function hasValidSignature(fields: Fields & { signature: string }, secret: string): boolean {
  const expected = Buffer.from(signatureOf(fields, secret), "hex");
  const given = Buffer.from(fields.signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Outside the replay window around `now`. */
export function isStale(timestamp: number, now: number): boolean {
  return Math.abs(now - timestamp) > REPLAY_WINDOW_MS;
}
