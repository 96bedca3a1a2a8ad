/**
 * `npm run sim:national-portal`: the national portal simulator in its own process, for running
 * motcua against a portal over the network (set motcua's NATIONAL_PORTAL_URL to the printed
 * endpoint). Settings: SIM_PORT (default 3100), SIM_HOST (default 127.0.0.1), MOTCUA_INTAKE_URL
 * (where submissions are pushed), SIM_STATE_FILE (state kept between runs), and motcua's own
 * NATIONAL_PORTAL_USERNAME / _PASSWORD / _AGENCY_CODE / _INTAKE_TOKEN with the same defaults.
 */
import { INTAKE_PATH } from "../../../contracts/portal-intake.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { startPortalSimulator } from "./start-simulator.ts";

const DEFAULT_INTAKE_URL = `http://localhost:3000${INTAKE_PATH}`;

try {
  const config = loadConfig();
  const port = Number(process.env.SIM_PORT ?? 3100);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`SIM_PORT=${process.env.SIM_PORT}: phải là số cổng 0–65535`);
  }
  const simulator = await startPortalSimulator({
    port,
    host: process.env.SIM_HOST || "127.0.0.1",
    username: config.NATIONAL_PORTAL_USERNAME,
    password: config.NATIONAL_PORTAL_PASSWORD,
    agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE,
    intakeUrl: process.env.MOTCUA_INTAKE_URL || DEFAULT_INTAKE_URL,
    intakeToken: config.NATIONAL_PORTAL_INTAKE_TOKEN,
    ...(process.env.SIM_STATE_FILE ? { stateFile: process.env.SIM_STATE_FILE } : {}),
    log: (message) => console.warn(message),
  });
  console.log(`Cổng DVCQG giả lập / national portal simulator:
  trang / pages:        ${simulator.root}/
  điểm kết nối / API:   ${simulator.url}   (NATIONAL_PORTAL_URL của motcua)
  đẩy hồ sơ tới / push: ${process.env.MOTCUA_INTAKE_URL || DEFAULT_INTAKE_URL}`);
  const stop = async () => {
    await simulator.close();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
