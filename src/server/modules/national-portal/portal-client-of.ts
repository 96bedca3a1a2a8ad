import type { Config } from "../../config.ts";
import { portalEndpointOf } from "../national-portal-simulator/mount.ts";
import { createPortalClient, type PortalClient } from "./portal-client.ts";

/** What the portal's client needs of the configuration. */
export type PortalClientConfig = Pick<
  Config,
  | "NATIONAL_PORTAL_ENABLED"
  | "NATIONAL_PORTAL_URL"
  | "PUBLIC_URL"
  | "NATIONAL_PORTAL_USERNAME"
  | "NATIONAL_PORTAL_PASSWORD"
  | "NATIONAL_PORTAL_AGENCY_CODE"
  | "NATIONAL_PORTAL_TIMEOUT_MS"
>;

/**
 * INT-1: the client of the national portal the configuration asks for (the status sync, the
 * intake's polling, the procedure sync and the reconciliation); null when NATIONAL_PORTAL_ENABLED=false.
 */
export function portalClientOf(config: PortalClientConfig): PortalClient | null {
  if (!config.NATIONAL_PORTAL_ENABLED) return null;
  return createPortalClient({
    baseUrl: portalEndpointOf(config),
    username: config.NATIONAL_PORTAL_USERNAME,
    password: config.NATIONAL_PORTAL_PASSWORD,
    agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE,
    timeoutMs: config.NATIONAL_PORTAL_TIMEOUT_MS,
  });
}
