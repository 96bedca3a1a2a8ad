import type { TFunction } from "i18next";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import { roleLabelOf } from "../../workspace/roles.ts";
import { statusReasonText } from "../accounts/status-reason.ts";

/**
 * One line about what an entry's detail says, for lists: the reason of a lock or revocation, the
 * roles granted. The full detail is in the drawer.
 */
export function detailSummary(entry: AuditEntry, t: TFunction): string {
  const { detail } = entry;
  const parts: string[] = [];
  if (typeof detail.reason === "string" && detail.reason) parts.push(statusReasonText(detail.reason, t));
  if (Array.isArray(detail.roles)) {
    const roles = detail.roles
      .map((grant) =>
        typeof grant === "object" && grant !== null ? (grant as { role?: unknown }).role : grant,
      )
      .filter((role): role is string => typeof role === "string")
      .map((role) => roleLabelOf(role, t));
    if (roles.length > 0) parts.push(t("audit.summary.roles", { roles: [...new Set(roles)].join(", ") }));
  }
  return parts.join(" · ");
}
