import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to argon2id (RFC 9106 recommendation) with m=19 MiB, t=2, p=1.

/** How many password hashes were verified: login throttling is measured with it. */
export const passwordMetrics = { verifications: 0 };

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  passwordMetrics.verifications += 1;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-matches");
  return decoyHash;
}
