import type { PaymentReconciliationRuns } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import { runView } from "./reconcile-payments.ts";

/** Runs shown per agency, newest first. */
const SHOWN = 30;

/** PAY-3: an agency's latest reconciliation runs with every line that did not match. */
export async function listPaymentReconciliations(
  db: Db,
  agencyId: string,
): Promise<PaymentReconciliationRuns> {
  const runs = await db
    .selectFrom("payment_reconciliation_run")
    .selectAll()
    .select((eb) => eb.cast<string>("day", "text").as("day"))
    .where("agency_id", "=", agencyId)
    .orderBy("started_at", "desc")
    .limit(SHOWN)
    .execute();
  const lines =
    runs.length === 0
      ? []
      : await db
          .selectFrom("payment_reconciliation_line")
          .selectAll()
          .where(
            "run_id",
            "in",
            runs.map((r) => r.id),
          )
          .orderBy("id")
          .execute();
  return {
    runs: runs.map((run) =>
      runView(
        run,
        lines
          .filter((line) => line.run_id === run.id)
          .map((line) => ({
            kind: line.kind,
            transactionRef: line.transaction_ref,
            dossierCode: line.dossier_code,
            fileAmount: line.file_amount === null ? null : Number(line.file_amount),
            motcuaAmount: line.motcua_amount === null ? null : Number(line.motcua_amount),
            fileStatus: line.file_status,
            motcuaStatus: line.motcua_status,
          })),
      ),
    ),
  };
}
