import * as oidc from "openid-client";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import {
  CITIZEN_CALLBACK_PATH,
  SIMULATOR_CLIENT_ID,
  simulatorClient,
  simulatorIssuer,
} from "../eid-simulator/provider.ts";

type EidConfig = Pick<
  Config,
  "PUBLIC_URL" | "EID_ISSUER_URL" | "EID_CLIENT_ID" | "EID_CLIENT_SECRET" | "EID_SCOPES"
>;

interface EidClientSettings {
  issuer: URL;
  clientId: string;
  clientSecret: () => Promise<string>;
  redirectUri: string;
  scope: string;
  /** true when talking to the embedded simulator. */
  simulated: boolean;
}

/**
 * The e-ID provider as motcua sees it (relying party, openid-client): the configured national
 * e-ID (EID_ISSUER_URL), or the embedded simulator at PUBLIC_URL/eid whose client registration is
 * automatic.
 */
export function eidClientSettings(config: EidConfig, db: Db): EidClientSettings {
  const redirectUri = `${config.PUBLIC_URL}${CITIZEN_CALLBACK_PATH}`;
  if (config.EID_ISSUER_URL && config.EID_CLIENT_ID && config.EID_CLIENT_SECRET) {
    const secret = config.EID_CLIENT_SECRET;
    return {
      issuer: new URL(config.EID_ISSUER_URL),
      clientId: config.EID_CLIENT_ID,
      clientSecret: async () => secret,
      redirectUri,
      scope: config.EID_SCOPES,
      simulated: false,
    };
  }
  return {
    issuer: new URL(simulatorIssuer(config.PUBLIC_URL)),
    clientId: SIMULATOR_CLIENT_ID,
    clientSecret: async () => (await simulatorClient(db)).clientSecret,
    redirectUri,
    scope: config.EID_SCOPES,
    simulated: true,
  };
}

/** Discovers the provider once (again after a failure) and keeps its metadata and keys. */
export class EidClient {
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: EidClientSettings) {}

  configuration(): Promise<oidc.Configuration> {
    this.#configuration ??= this.#discover().catch((error: unknown) => {
      this.#configuration = undefined;
      throw error;
    });
    return this.#configuration;
  }

  async #discover(): Promise<oidc.Configuration> {
    const { issuer, clientId } = this.settings;
    const secret = await this.settings.clientSecret();
    const configuration = await oidc.discovery(
      issuer,
      clientId,
      { client_secret: secret },
      oidc.ClientSecretBasic(secret),
      // Plain http only for a provider on this machine or in development (the simulator).
      { execute: issuer.protocol === "http:" ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
    configuration.timeout = 10;
    return configuration;
  }
}
