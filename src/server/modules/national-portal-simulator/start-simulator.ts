import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import type { PortalFault } from "./faults.ts";
import { PortalSimulatorCore, type PortalSimulatorOptions } from "./portal-simulator.ts";
import { portalSimulatorRoutes, WIRE_PATH } from "./routes.ts";

export interface StartPortalSimulatorOptions extends PortalSimulatorOptions {
  /** 0 (default) = any free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Where the simulator writes what it does (pushes that failed, state-file errors); default nowhere. */
  readonly log?: (message: string) => void;
}

/** A running simulator in its own HTTP server; the core's API plus where it listens. */
export interface PortalSimulator
  extends Pick<
    PortalSimulatorCore,
    | "submit"
    | "setPortalStatus"
    | "removeDossier"
    | "publishProcedure"
    | "expireSessions"
    | "dossiers"
    | "submissions"
    | "catalog"
    | "requestsByKey"
    | "effectsByKey"
  > {
  /** The wire endpoint: what NATIONAL_PORTAL_URL is set to. */
  readonly url: string;
  /** The pages' root URL (files are served at `{root}/files/:id`). */
  readonly root: string;
  readonly fault: PortalFault | null;
  /**
   * Plays a fault (faults.ts) until cleared with null. `refuse` really closes the listener (the
   * state is kept) and clearing it listens again on the same port.
   */
  setFault(fault: PortalFault | null): Promise<void>;
  close(): Promise<void>;
}

/**
 * INT-1, REC-10: starts the national portal simulator in its own Fastify server: for tests
 * (`port: 0`), for the CLI (cli.ts), or wherever motcua should talk to a portal over the network.
 */
export async function startPortalSimulator(options: StartPortalSimulatorOptions): Promise<PortalSimulator> {
  const core = new PortalSimulatorCore(options, options.log);
  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024, forceCloseConnections: true });
  await app.register(portalSimulatorRoutes, { simulator: core });
  const host = options.host ?? "127.0.0.1";
  await app.listen({ port: options.port ?? 0, host });
  const { port } = app.server.address() as AddressInfo;
  const root = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  core.root = root;
  core.resumePushes();

  let listening = true;
  /** Follows the fault: stop listening on `refuse`, listen again on the same port afterwards. */
  let switching: Promise<void> = Promise.resolve();
  const follow = (fault: PortalFault | null) => {
    const refuse = fault?.kind === "refuse";
    switching = switching.then(async () => {
      if (refuse && listening) {
        listening = false;
        await new Promise<void>((resolve) => {
          app.server.close(() => resolve());
          app.server.closeAllConnections();
        });
      } else if (!refuse && !listening) {
        await new Promise<void>((resolve, reject) => {
          app.server.once("error", reject);
          app.server.listen(port, host, () => {
            app.server.off("error", reject);
            resolve();
          });
        });
        listening = true;
      }
    });
  };
  core.watchFaults(follow);

  return {
    url: `${root}${WIRE_PATH}`,
    root,
    get fault() {
      return core.fault;
    },
    async setFault(fault) {
      core.setFault(fault);
      await switching;
    },
    submit: (input) => core.submit(input),
    setPortalStatus: (code, status) => core.setPortalStatus(code, status),
    removeDossier: (code) => core.removeDossier(code),
    publishProcedure: (procedure) => core.publishProcedure(procedure),
    expireSessions: () => core.expireSessions(),
    dossiers: () => core.dossiers(),
    submissions: () => core.submissions(),
    catalog: () => core.catalog(),
    requestsByKey: () => core.requestsByKey(),
    effectsByKey: () => core.effectsByKey(),
    async close() {
      core.setFault(null);
      await switching;
      await app.close();
      await core.close();
    },
  };
}
