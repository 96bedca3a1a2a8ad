import type { FastifyBaseLogger } from "fastify";
import { sql } from "kysely";
import { isoFromDayNumber, localDayNumber } from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import type { Clock } from "../dossiers/clock.ts";
import type { PaymentPlatformClient } from "./payment-platform-client.ts";
import { fetchSettlement, reconcilePayments } from "./reconcile-payments.ts";

/** How often the job looks whether yesterday's reconciliation is still to do. */
const CHECK_SECONDS = 3_600;

/**
 * PAY-3: yesterday's (Vietnam time) reconciliation, once per agency and day: every agency that
 * received a dossier with a payment request that day, or whose dossiers appear in the file. The
 * file is fetched once for all of them; an agency already reconciled by schedule is skipped (the
 * run's unique key also stops a second instance). Returns how many runs were stored.
 */
export async function reconcileYesterday(
  db: Db,
  clock: Clock,
  client: PaymentPlatformClient,
): Promise<number> {
  const day = isoFromDayNumber(localDayNumber(clock()) - 1);
  const file = await fetchSettlement(client, day);
  const codes = "lines" in file ? file.lines.map((line) => line.dossierCode) : [];
  const agencies = await db
    .selectFrom("dossier as d")
    .select("d.receiving_agency_id as id")
    .distinct()
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("payment_request as r")
            .select("r.id")
            .whereRef("r.dossier_id", "=", "d.id")
            .where(sql<boolean>`(r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${day}::date`),
        ),
        ...(codes.length > 0 ? [eb("d.code", "in", codes)] : []),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("payment_reconciliation_run as run")
            .select("run.id")
            .whereRef("run.agency_id", "=", "d.receiving_agency_id")
            .where("run.trigger", "=", "schedule")
            .where("run.day", "=", day),
        ),
      ),
    )
    .execute();
  let runs = 0;
  for (const agency of agencies) {
    const input = { agencyId: agency.id, day, trigger: "schedule" as const, officerId: null };
    if (await reconcilePayments(db, clock, client.platform, input, file)) runs += 1;
  }
  return runs;
}

/** The daily reconciliation on its timer (schedule-sweeps.ts), started by main.ts. */
export function schedulePaymentReconciliation(
  db: Db,
  clock: Clock,
  client: PaymentPlatformClient,
  log: FastifyBaseLogger,
  intervalSeconds = CHECK_SECONDS,
): { stop(): Promise<void> } | null {
  if (intervalSeconds <= 0) return null;
  return scheduleSweeps("payment reconciliation", intervalSeconds, log, async () => {
    const runs = await reconcileYesterday(db, clock, client);
    if (runs > 0) log.info({ runs }, "payment reconciliation");
  });
}
