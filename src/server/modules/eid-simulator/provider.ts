import type { FastifyBaseLogger } from "fastify";
import type Provider from "oidc-provider";
import type { Db } from "../../db/database.ts";
import { claimsOf, demoAccountBySubject, SIMULATOR_CLAIMS } from "./accounts.ts";
import { errorPage } from "./pages.ts";
import { PostgresAdapter } from "./postgres-adapter.ts";
import { simulatorSecrets } from "./secrets.ts";

/** Where the simulator is mounted inside motcua: its issuer is PUBLIC_URL + this path. */
export const EID_MOUNT_PATH = "/eid";
/** motcua's own client registration at the simulator (automatic). */
export const SIMULATOR_CLIENT_ID = "motcua";
export const SIMULATOR_CLIENT_NAME = "Cổng dịch vụ công (motcua)";
/** The relying party's redirect URI, relative to PUBLIC_URL. */
export const CITIZEN_CALLBACK_PATH = "/api/citizen/auth/callback";

export function simulatorIssuer(publicUrl: string): string {
  return `${publicUrl}${EID_MOUNT_PATH}`;
}

/** The client credentials motcua uses against its embedded simulator. */
export async function simulatorClient(db: Db): Promise<{ clientId: string; clientSecret: string }> {
  return { clientId: SIMULATOR_CLIENT_ID, clientSecret: (await simulatorSecrets(db)).clientSecret };
}

/**
 * The embedded OpenID provider standing in for VNeID: code flow with PKCE, RS256 ID tokens signed
 * with keys kept in PostgreSQL, state in PostgreSQL (PostgresAdapter), the demo accounts of
 * db/seed/demo-citizens.ts, and motcua registered as its only client.
 */
export async function createSimulatorProvider(
  db: Db,
  publicUrl: string,
  log: FastifyBaseLogger,
): Promise<Provider> {
  const secrets = await simulatorSecrets(db);
  const OidcProvider = await loadOidcProvider(log);
  const provider = new OidcProvider(simulatorIssuer(publicUrl), {
    adapter: (model) => new PostgresAdapter(db, model),
    clients: [
      {
        client_id: SIMULATOR_CLIENT_ID,
        client_secret: secrets.clientSecret,
        client_name: SIMULATOR_CLIENT_NAME,
        redirect_uris: [`${publicUrl}${CITIZEN_CALLBACK_PATH}`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    responseTypes: ["code"],
    jwks: secrets.jwks,
    cookies: {
      keys: secrets.cookieKeys,
      names: { session: "eid_session", interaction: "eid_interaction", resume: "eid_resume" },
    },
    claims: SIMULATOR_CLAIMS,
    scopes: Object.keys(SIMULATOR_CLAIMS),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `${EID_MOUNT_PATH}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = demoAccountBySubject(sub);
      return account && { accountId: sub, claims: () => claimsOf(account) };
    },
    ttl: {
      AccessToken: 300,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 900,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = errorPage(
        "Không thể đăng nhập",
        "Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn.",
        [out.error, out.error_description].filter(Boolean).join(": "),
      );
    },
    clientBasedCORS: () => false,
  });
  // Behind a TLS-terminating reverse proxy, trust its X-Forwarded-* headers.
  provider.proxy = publicUrl.startsWith("https:");
  provider.on("server_error", (_ctx, error) => log.error({ err: error }, "e-ID simulator error"));
  return provider;
}

/**
 * Loaded on first use only: a deployment with a real e-ID provider never loads the simulator.
 * oidc-provider prints a console warning on Node 20 (it asks for 22); its warnings go to our
 * structured log instead. The integration and browser tests run the simulator on Node 20.
 */
async function loadOidcProvider(log: FastifyBaseLogger): Promise<typeof Provider> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => log.warn({ component: "oidc-provider" }, args.map(String).join(" "));
  try {
    return (await import("oidc-provider")).default;
  } finally {
    console.warn = warn;
  }
}
