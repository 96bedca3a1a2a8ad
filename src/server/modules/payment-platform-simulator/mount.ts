import type { FastifyInstance } from "fastify";
import type { Config } from "../../config.ts";
import { PAYMENT_SIMULATOR_PREFIX } from "../payments/payment-platform-client.ts";
import { PaymentSimulatorCore } from "./payment-simulator.ts";
import { paymentSimulatorRoutes } from "./routes.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The mounted payment platform simulator, when motcua runs with one (tests pay through it). */
    paymentSimulator?: PaymentSimulatorCore;
  }
}

export type PaymentSimulatorConfig = Pick<
  Config,
  "PUBLIC_URL" | "PAYMENT_PLATFORM_URL" | "PAYMENT_PLATFORM_SECRET" | "PAYMENT_PLATFORM_MERCHANT"
>;

/** Whether motcua runs the payment simulator in-process: no platform URL is given. */
export function usesPaymentSimulator(config: Pick<Config, "PAYMENT_PLATFORM_URL">): boolean {
  return !config.PAYMENT_PLATFORM_URL;
}

/**
 * PAY-1 (development default): mounts the payment platform simulator at PUBLIC_URL/sim/thanh-toan
 * with motcua's merchant code and shared secret (the same mounting as the national portal's
 * simulator; refused in production by config.ts). Its state is in memory.
 */
export async function mountPaymentSimulator(
  app: FastifyInstance,
  config: PaymentSimulatorConfig,
): Promise<void> {
  const simulator = new PaymentSimulatorCore(
    { secret: config.PAYMENT_PLATFORM_SECRET, merchant: config.PAYMENT_PLATFORM_MERCHANT },
    (message) => app.log.warn(message),
  );
  simulator.root = `${config.PUBLIC_URL}${PAYMENT_SIMULATOR_PREFIX}`;
  app.decorate("paymentSimulator", simulator);
  app.addHook("onClose", async () => simulator.close());
  await app.register(paymentSimulatorRoutes, { prefix: PAYMENT_SIMULATOR_PREFIX, simulator });
}
