import type { RoleGrant } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { closeAllSessions } from "../identity/sessions.ts";
import { assertGrantsWithinScope, replaceRoles } from "./officer-scope.ts";

/**
 * Transfers an official to another agency and/or changes their roles (ACC-2). The account, and so
 * the history of what they did, follows them; their sessions end so new rights apply at once.
 */
export async function assignOfficer(
  db: Db,
  adminId: string,
  officerId: string,
  assignment: { agencyId?: string; roles: RoleGrant[] },
): Promise<{ fromAgencyId: string }> {
  const account = await db
    .selectFrom("officer")
    .select(["agency_id", "status"])
    .where("id", "=", officerId)
    .executeTakeFirstOrThrow();
  if (account.status === "revoked")
    throw new AppError(422, "ACCOUNT_REVOKED", "Tài khoản đã bị thu hồi; không thể thay đổi.");
  const agencyId = assignment.agencyId ?? account.agency_id;
  await assertGrantsWithinScope(db, adminId, agencyId, assignment.roles);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("officer").set({ agency_id: agencyId }).where("id", "=", officerId).execute();
    await replaceRoles(trx, officerId, assignment.roles);
    await closeAllSessions(trx, officerId);
  });
  return { fromAgencyId: account.agency_id };
}
