import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import type { Clock } from "../dossiers/clock.ts";
import { type PortalClientConfig, portalClientOf } from "../national-portal/portal-client-of.ts";
import { pollPortalSubmissions } from "./poll-portal-submissions.ts";
import type { IntakeSettings } from "./receive-portal-submission.ts";

type IntakeConfig = PortalClientConfig &
  Pick<Config, "NATIONAL_PORTAL_POLL_SECONDS" | "NATIONAL_CODE_PATTERN">;

/** The intake's settings from the configuration (push, poll and the administrators' retry share them). */
export function intakeSettingsOf(
  config: Pick<Config, "NATIONAL_CODE_PATTERN" | "NATIONAL_PORTAL_TIMEOUT_MS">,
  log: IntakeSettings["log"],
): IntakeSettings {
  return {
    nationalCodePattern: config.NATIONAL_CODE_PATTERN,
    fileTimeoutMs: config.NATIONAL_PORTAL_TIMEOUT_MS,
    log,
  };
}

/**
 * REC-10: polls the national portal every NATIONAL_PORTAL_POLL_SECONDS (main.ts and
 * `npm run worker`); none when the portal is off or the interval is 0 (only pushed). Several
 * instances may poll at once: a submission is still received once.
 */
export function startPortalIntakePolling(
  config: IntakeConfig,
  db: Db,
  clock: Clock,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } | null {
  const client = portalClientOf(config);
  if (!client || config.NATIONAL_PORTAL_POLL_SECONDS === 0) return null;
  const settings = intakeSettingsOf(config, log);
  return scheduleSweeps("national portal intake", config.NATIONAL_PORTAL_POLL_SECONDS, log, async () => {
    const taken = await pollPortalSubmissions(db, client, clock, settings);
    if (taken > 0) log.info({ submissions: taken }, "national portal submissions polled");
  });
}
