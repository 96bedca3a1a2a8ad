import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to argon2id (RFC 9106 recommendation) with m=19 MiB, t=2, p=1.

/**
 * How many passwords were checked against an account's hash, and how many against the decoy (an
 * unknown or resting account): login throttling is measured and tested with it.
 */
export const passwordMetrics = { verifications: 0, decoys: 0 };

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  passwordMetrics.verifications += 1;
  return verifyQuietly(passwordHash, password);
}

async function verifyQuietly(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies against a hash that never matches, so that an unknown username or an account that is
 * resting after wrong passwords takes as long to refuse as a wrong password (SEC-6).
 */
export async function verifyDecoy(password: string): Promise<void> {
  passwordMetrics.decoys += 1;
  decoyHash ??= hashPassword("decoy-password-never-matches");
  await verifyQuietly(await decoyHash, password);
}
