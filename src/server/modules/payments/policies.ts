import type { Role } from "../../db/schema.ts";

/**
 * PAY-3: the daily reconciliation of an agency's payments with the platform's settlement file is
 * read and run by those who handle the agency's money: its one-stop officers (who take the fees
 * and issue the receipts) and its leaders (who approve refunds), over their agency's subtree.
 * Refunds themselves use the dossier permissions: requested and recorded by the one-stop
 * (`dossiers.one_stop`), approved by the agency's leader (`dossiers.approve`).
 */
export const paymentPolicies = {
  "payments.reconcile": ["one_stop_officer", "agency_leader"],
} as const satisfies Record<string, readonly Role[]>;
