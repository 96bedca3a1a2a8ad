import type { FastifyBaseLogger } from "fastify";
import * as oidc from "openid-client";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import type { EidClient } from "./eid-client.ts";
import { type CitizenIdentity, identityFromClaims, recordCitizen } from "./record-citizen.ts";
import { hashToken, openCitizenSession, type SessionMeta } from "./sessions.ts";
import { isUnreachable, providerError, SIGN_IN_ERRORS } from "./sign-in-errors.ts";

/** The authorization response parameters the callback passes on to the token exchange. */
const RESPONSE_PARAMETERS = ["code", "state", "iss", "session_state"] as const;

/** A sign-in that did not complete: why, and where the citizen wanted to go (when known). */
export class SignInFailed extends Error {
  constructor(
    readonly reason: AppError,
    readonly returnTo: string | undefined,
  ) {
    super(reason.message);
  }
}

interface CallbackParameters {
  code?: string | undefined;
  state?: string | undefined;
  iss?: string | undefined;
  error?: string | undefined;
  [name: string]: unknown;
}

/**
 * Completes an e-ID sign-in at the callback: the browser's pending sign-in (used once, whatever
 * happens), its state, then the code exchange with PKCE, the ID token checks (issuer, audience,
 * signature, nonce), the userinfo claims; records the citizen (ACC-3) and opens their session.
 */
export async function completeSignIn(
  db: Db,
  client: EidClient,
  signInToken: string | undefined,
  parameters: CallbackParameters,
  session: { ttlHours: number; meta: SessionMeta },
  log: FastifyBaseLogger,
): Promise<{ sessionToken: string; returnTo: string; citizenId: string; identity: CitizenIdentity }> {
  const pending = signInToken
    ? await db
        .deleteFrom("citizen_sign_in")
        .where("token_hash", "=", hashToken(signInToken))
        .returningAll()
        .executeTakeFirst()
    : undefined;
  if (!pending || pending.expires_at.getTime() <= Date.now()) {
    throw new SignInFailed(SIGN_IN_ERRORS.expired, undefined);
  }
  // From here on, a failure knows where the citizen wanted to go, to offer a retry.
  const fail = (reason: AppError) => new SignInFailed(reason, pending.return_to);
  if (parameters.state !== pending.state) throw fail(SIGN_IN_ERRORS.stateMismatch);
  if (parameters.error) {
    throw fail(
      parameters.error === "access_denied" ? SIGN_IN_ERRORS.denied : providerError(parameters.error),
    );
  }

  let claims: Record<string, unknown>;
  let issuer: string;
  try {
    const configuration = await client.configuration();
    issuer = configuration.serverMetadata().issuer;
    const callbackUrl = new URL(client.settings.redirectUri);
    for (const name of RESPONSE_PARAMETERS) {
      const value = parameters[name];
      if (typeof value === "string") callbackUrl.searchParams.set(name, value);
    }
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw fail(SIGN_IN_ERRORS.rejected);
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    claims = { ...idToken, ...userInfo };
  } catch (error) {
    if (error instanceof SignInFailed) throw error;
    if (isUnreachable(error)) throw fail(SIGN_IN_ERRORS.unavailable);
    log.warn({ err: error }, "e-ID sign-in refused by the relying-party checks");
    throw fail(SIGN_IN_ERRORS.rejected);
  }

  let identity: CitizenIdentity;
  try {
    identity = identityFromClaims(claims);
  } catch (error) {
    throw error instanceof AppError ? fail(error) : error;
  }
  const citizenId = await recordCitizen(db, issuer, identity);
  const sessionToken = await openCitizenSession(db, citizenId, session.ttlHours, session.meta);
  return { sessionToken, returnTo: pending.return_to, citizenId, identity };
}
