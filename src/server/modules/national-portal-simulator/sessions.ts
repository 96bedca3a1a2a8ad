import { randomBytes, timingSafeEqual } from "node:crypto";

export interface PortalCredentials {
  readonly username: string;
  readonly password: string;
  /** The province's identifier the client must send as `madonvi`. */
  readonly agencyCode: string;
}

/**
 * INT-1: the portal's sign-in sessions (`LayPhienLamViec`). A session is valid for `ttlMs` from
 * sign-in; after that every call with it is answered "401" and the client signs in again.
 * Sessions live in memory only: after a restart every client signs in again, as with the portal.
 */
export class Sessions {
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly credentials: PortalCredentials,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** A new session for the right username, password and agency; null otherwise. */
  signIn(username: unknown, password: unknown, agencyCode: unknown): string | null {
    const matches =
      sameText(username, this.credentials.username) &&
      sameText(password, this.credentials.password) &&
      agencyCode === this.credentials.agencyCode;
    if (!matches) return null;
    this.forgetExpired();
    const session = randomBytes(24).toString("base64url");
    this.expiries.set(session, this.now() + this.ttlMs);
    return session;
  }

  isValid(session: unknown): boolean {
    if (typeof session !== "string") return false;
    const expiry = this.expiries.get(session);
    return expiry !== undefined && expiry > this.now();
  }

  /** Ends every session now (tests of the client's transparent re-sign-in). */
  expireAll(): void {
    this.expiries.clear();
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [session, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(session);
  }
}

/** Compares secrets in constant time for equal lengths. */
function sameText(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
