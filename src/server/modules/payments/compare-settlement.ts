import type { SettlementLine, TransactionStatus } from "../../../contracts/payment-platform.ts";
import type { PaymentReconciliationLine } from "../../../contracts/payments.ts";
import type { PaymentRequestStatus } from "../../db/schema/payments.ts";

/** One of motcua's payment requests of the day, as the reconciliation compares it. */
export interface MotcuaTransaction {
  readonly transactionRef: string;
  readonly dossierCode: string;
  /** What was received (the payment) once paid, else what was asked. */
  readonly amount: number;
  readonly status: PaymentRequestStatus;
}

/** The platform's statuses that agree with each of motcua's. */
const AGREES: Readonly<Record<PaymentRequestStatus, readonly TransactionStatus[]>> = {
  requested: ["pending"],
  paid: ["paid"],
  failed: ["failed"],
  expired: ["pending", "failed"],
  cancelled: ["pending", "failed"],
};

/**
 * PAY-3: the settlement file against motcua's requests, by the platform's transaction reference:
 * every line only the file has (`missing` in motcua), every request only motcua has (`extra`),
 * and every pair whose amount or status disagree (`different`). Pure.
 */
export function compareSettlement(
  file: readonly SettlementLine[],
  motcua: readonly MotcuaTransaction[],
): { lines: PaymentReconciliationLine[]; matched: number } {
  const ours = new Map(motcua.map((m) => [m.transactionRef, m]));
  const theirs = new Set(file.map((f) => f.transactionRef));
  const lines: PaymentReconciliationLine[] = [];
  let matched = 0;
  for (const f of file) {
    const m = ours.get(f.transactionRef);
    const agrees = m && m.amount === f.amount && AGREES[m.status].includes(f.status);
    if (agrees) matched += 1;
    else lines.push(lineOf(m ? "different" : "missing", f, m));
  }
  for (const m of motcua) if (!theirs.has(m.transactionRef)) lines.push(lineOf("extra", null, m));
  return { lines, matched };
}

function lineOf(
  kind: PaymentReconciliationLine["kind"],
  f: SettlementLine | null,
  m: MotcuaTransaction | undefined,
): PaymentReconciliationLine {
  return {
    kind,
    transactionRef: f?.transactionRef ?? m?.transactionRef ?? "",
    dossierCode: f?.dossierCode ?? m?.dossierCode ?? "",
    fileAmount: f?.amount ?? null,
    motcuaAmount: m?.amount ?? null,
    fileStatus: f?.status ?? null,
    motcuaStatus: m?.status ?? null,
  };
}
