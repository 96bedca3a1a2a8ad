import { sql } from "kysely";
import type { SettlementLine } from "../../../contracts/payment-platform.ts";
import type { PaymentReconciliationRun } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentReconciliationRunRow } from "../../db/schema/payments.ts";
import type { Clock } from "../dossiers/clock.ts";
import { compareSettlement, type MotcuaTransaction } from "./compare-settlement.ts";
import type { PaymentPlatformClient } from "./payment-platform-client.ts";

/** The settlement file of a day, or why it could not be had (the run is stored as failed). */
export type SettlementFile = { lines: SettlementLine[] } | { error: string };

export async function fetchSettlement(client: PaymentPlatformClient, day: string): Promise<SettlementFile> {
  try {
    return { lines: await client.settlement(day) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export interface ReconcileInput {
  readonly agencyId: string;
  /** Vietnam date, YYYY-MM-DD. */
  readonly day: string;
  readonly trigger: "manual" | "schedule";
  readonly officerId: string | null;
}

/** The agency's requests to `platform` created on `day` (Vietnam time), with what they brought. */
function motcuaTransactions(db: Db, platform: string, agencyId: string, day: string) {
  return db
    .selectFrom("payment_request as r")
    .innerJoin("dossier as d", "d.id", "r.dossier_id")
    .leftJoin("payment as p", "p.request_id", "r.id")
    .select(["r.transaction_ref", "r.dossier_code", "r.status", "r.amount", "p.amount as received"])
    .where("d.receiving_agency_id", "=", agencyId)
    .where("r.platform", "=", platform)
    .where(sql<boolean>`(r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${day}::date`)
    .execute();
}

/** The file's lines about the agency's dossiers (by the dossier code every line carries, PAY-2). */
async function agencyLines(db: Db, agencyId: string, file: readonly SettlementLine[]) {
  const codes = [...new Set(file.map((line) => line.dossierCode))];
  if (codes.length === 0) return [];
  const ours = await db
    .selectFrom("dossier")
    .select("code")
    .where("code", "in", codes)
    .where("receiving_agency_id", "=", agencyId)
    .execute();
  const mine = new Set(ours.map((d) => d.code));
  return file.filter((line) => mine.has(line.dossierCode));
}

/**
 * PAY-3: one reconciliation of an agency's payments of a day with the platform's settlement file:
 * every line missing in motcua, extra in motcua or different is stored with the run, in one
 * transaction. A scheduled run is made once per agency and day (a second instance finds it and
 * does nothing: null). A file that could not be fetched gives a failed run, kept for review.
 */
export async function reconcilePayments(
  db: Db,
  clock: Clock,
  platform: string,
  input: ReconcileInput,
  file: SettlementFile,
): Promise<PaymentReconciliationRun | null> {
  const ours: MotcuaTransaction[] = (await motcuaTransactions(db, platform, input.agencyId, input.day)).map(
    (r) => ({
      transactionRef: r.transaction_ref,
      dossierCode: r.dossier_code,
      amount: Number(r.received ?? r.amount),
      status: r.status,
    }),
  );
  const theirs = "lines" in file ? await agencyLines(db, input.agencyId, file.lines) : [];
  const compared = "lines" in file ? compareSettlement(theirs, ours) : { lines: [], matched: 0 };
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto("payment_reconciliation_run")
      .values({
        agency_id: input.agencyId,
        day: input.day,
        trigger: input.trigger,
        started_by: input.officerId,
        started_at: new Date(clock()),
        status: "lines" in file ? "succeeded" : "failed",
        file_lines: theirs.length,
        motcua_lines: ours.length,
        matched: compared.matched,
        error: "error" in file ? file.error : null,
      })
      .onConflict((oc) => oc.columns(["agency_id", "day"]).where("trigger", "=", "schedule").doNothing())
      .returningAll()
      .returning((eb) => eb.cast<string>("day", "text").as("day"))
      .executeTakeFirst();
    if (!run) return null;
    if (compared.lines.length > 0)
      await trx
        .insertInto("payment_reconciliation_line")
        .values(
          compared.lines.map((line) => ({
            run_id: run.id,
            kind: line.kind,
            transaction_ref: line.transactionRef,
            dossier_code: line.dossierCode,
            file_amount: line.fileAmount,
            motcua_amount: line.motcuaAmount,
            file_status: line.fileStatus,
            motcua_status: line.motcuaStatus,
          })),
        )
        .execute();
    return runView(run, compared.lines);
  });
}

export function runView(
  run: PaymentReconciliationRunRow,
  lines: PaymentReconciliationRun["lines"],
): PaymentReconciliationRun {
  return {
    id: run.id,
    agencyId: run.agency_id,
    day: run.day,
    trigger: run.trigger,
    startedAt: run.started_at.toISOString(),
    status: run.status,
    fileLines: run.file_lines,
    motcuaLines: run.motcua_lines,
    matched: run.matched,
    error: run.error,
    lines,
  };
}
