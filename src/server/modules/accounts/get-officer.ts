import type { AuditEntry, OfficerSummary } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import { listAudit } from "../audit/list-audit.ts";
import { loadOfficerSummaries } from "./list-officers.ts";
import { NOT_FOUND } from "./officer-scope.ts";

/** An account with what was done to it and what it did: history survives transfer and revocation (ACC-2). */
export async function getOfficer(
  db: Db,
  officerId: string,
): Promise<{ officer: OfficerSummary; accountHistory: AuditEntry[]; recentActions: AuditEntry[] }> {
  const [officer] = await loadOfficerSummaries(db, [officerId]);
  if (!officer) throw NOT_FOUND;
  const [history, actions] = await Promise.all([
    // Sign-in attempts are recorded under the username, administration under the id.
    listAudit(db, { objectType: "officers", objectId: [officerId, officer.username], limit: 100 }),
    listAudit(db, { actorId: officerId, limit: 50 }),
  ]);
  return { officer, accountHistory: history.entries, recentActions: actions.entries };
}
