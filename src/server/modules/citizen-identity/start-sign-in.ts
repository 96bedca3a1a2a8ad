import * as oidc from "openid-client";
import type { Db } from "../../db/database.ts";
import type { EidClient } from "./eid-client.ts";
import { hashToken, newToken } from "./sessions.ts";
import { isUnreachable, SIGN_IN_ERRORS } from "./sign-in-errors.ts";

/** How long a citizen has to finish signing in at the provider. */
const SIGN_IN_MINUTES = 10;

/**
 * Starts an e-ID sign-in (authorization code flow, PKCE S256, state, nonce): remembers what the
 * callback must check in a `citizen_sign_in` row, bound to this browser by the returned cookie
 * token, and returns the provider's authorization URL.
 */
export async function startSignIn(
  db: Db,
  client: EidClient,
  returnTo: string,
): Promise<{ token: string; authorizationUrl: string }> {
  const configuration = await client.configuration().catch((error: unknown) => {
    throw isUnreachable(error) ? SIGN_IN_ERRORS.unavailable : error;
  });
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: client.settings.redirectUri,
    scope: client.settings.scope,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    // Always ask for the credentials: one-stop counters and kiosks share computers.
    prompt: "login",
    ui_locales: "vi",
  });
  const token = newToken();
  await db.deleteFrom("citizen_sign_in").where("expires_at", "<", new Date()).execute();
  await db
    .insertInto("citizen_sign_in")
    .values({
      token_hash: hashToken(token),
      state,
      nonce,
      code_verifier: codeVerifier,
      return_to: returnTo,
      expires_at: new Date(Date.now() + SIGN_IN_MINUTES * 60_000),
    })
    .execute();
  return { token, authorizationUrl: authorizationUrl.href };
}

export const SIGN_IN_COOKIE_MAX_AGE = SIGN_IN_MINUTES * 60;
