import type { MismatchCause } from "../../../contracts/reconciliation.ts";
import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import type { HoSoTraCuu } from "../national-portal/wire.ts";

/**
 * INT-1: why a dossier's status on the portal differs from motcua's, judged from the dossier's
 * portal messages in the delivery outbox: none at all, one still waiting (queued or failing), one
 * parked, or all delivered. A status the portal changed itself (NguonCapNhat "cong_quoc_gia")
 * explains a difference first; then an undelivered message (the portal will catch up, or waits for
 * an administrator); otherwise the statuses differ although everything was delivered.
 */
export type MessagesState =
  | { readonly kind: "none" }
  | { readonly kind: "delivered" }
  | { readonly kind: "waiting"; readonly error: string | null }
  | { readonly kind: "parked"; readonly error: string | null };

export interface Mismatch {
  readonly cause: MismatchCause;
  readonly detail: string | null;
}

export function mismatchOf(
  expected: NationalStatusCode,
  portal: { readonly TrangThaiHoSo: number; readonly NguonCapNhat: HoSoTraCuu["NguonCapNhat"] } | undefined,
  messages: MessagesState,
): Mismatch | null {
  if (portal && portal.TrangThaiHoSo === expected) return null;
  if (portal?.NguonCapNhat === "cong_quoc_gia") return { cause: "changed_on_portal", detail: null };
  switch (messages.kind) {
    case "parked":
      return { cause: "parked", detail: messages.error };
    case "waiting":
      return { cause: "waiting", detail: messages.error };
    case "none":
      return { cause: "never_sent", detail: null };
    case "delivered":
      return { cause: portal ? "status_differs" : "missing_on_portal", detail: null };
  }
}
