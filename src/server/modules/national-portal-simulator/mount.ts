import path from "node:path";
import type { FastifyInstance } from "fastify";
import { INTAKE_PATH } from "../../../contracts/portal-intake.ts";
import type { Config } from "../../config.ts";
import { PortalSimulatorCore } from "./portal-simulator.ts";
import { portalSimulatorRoutes, WIRE_PATH } from "./routes.ts";

/** Where the simulator is mounted in motcua when no portal is configured. */
export const PORTAL_SIMULATOR_PREFIX = "/sim/dvcqg";
/** motcua's intake of dossiers submitted on the portal (REC-10), under PUBLIC_URL. */

export type PortalSimulatorConfig = Pick<
  Config,
  | "NODE_ENV"
  | "DATA_DIR"
  | "PUBLIC_URL"
  | "NATIONAL_PORTAL_ENABLED"
  | "NATIONAL_PORTAL_URL"
  | "NATIONAL_PORTAL_USERNAME"
  | "NATIONAL_PORTAL_PASSWORD"
  | "NATIONAL_PORTAL_AGENCY_CODE"
  | "NATIONAL_PORTAL_INTAKE_TOKEN"
>;

declare module "fastify" {
  interface FastifyInstance {
    /** The mounted national portal simulator, when motcua runs with one (tests submit through it). */
    portalSimulator?: PortalSimulatorCore;
  }
}

/** INT-1: the endpoint motcua's client calls: NATIONAL_PORTAL_URL, or the mounted simulator's. */
export function portalEndpointOf(config: Pick<Config, "NATIONAL_PORTAL_URL" | "PUBLIC_URL">): string {
  return config.NATIONAL_PORTAL_URL ?? `${config.PUBLIC_URL}${PORTAL_SIMULATOR_PREFIX}${WIRE_PATH}`;
}

/** Whether motcua should run the simulator in-process: the portal is enabled and no URL is given. */
export function usesMountedSimulator(
  config: Pick<Config, "NATIONAL_PORTAL_ENABLED" | "NATIONAL_PORTAL_URL">,
): boolean {
  return config.NATIONAL_PORTAL_ENABLED && !config.NATIONAL_PORTAL_URL;
}

/**
 * INT-1, REC-10 (development default): mounts the simulator in motcua at PUBLIC_URL/sim/dvcqg,
 * with motcua's portal credentials, pushing submissions to motcua's own intake with the
 * configured token, its state in DATA_DIR/national-portal-sim.json (memory only under
 * NODE_ENV=test). Its routes are outside /api: motcua's access rules, audit and rate limits do not
 * apply to them. The core is reachable as `app.portalSimulator`.
 */
export async function mountPortalSimulator(
  app: FastifyInstance,
  config: PortalSimulatorConfig,
): Promise<void> {
  const simulator = new PortalSimulatorCore(
    {
      username: config.NATIONAL_PORTAL_USERNAME,
      password: config.NATIONAL_PORTAL_PASSWORD,
      agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE,
      intakeUrl: `${config.PUBLIC_URL}${INTAKE_PATH}`,
      intakeToken: config.NATIONAL_PORTAL_INTAKE_TOKEN,
      ...(config.NODE_ENV === "test"
        ? {}
        : { stateFile: path.join(config.DATA_DIR, "national-portal-sim.json") }),
    },
    (message) => app.log.warn(message),
  );
  simulator.root = `${config.PUBLIC_URL}${PORTAL_SIMULATOR_PREFIX}`;
  app.decorate("portalSimulator", simulator);
  app.addHook("onListen", async () => simulator.resumePushes());
  app.addHook("onClose", async () => simulator.close());
  await app.register(portalSimulatorRoutes, { prefix: PORTAL_SIMULATOR_PREFIX, simulator });
}
