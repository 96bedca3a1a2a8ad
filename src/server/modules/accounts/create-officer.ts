import type { CreateOfficer, OfficerSummary } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { assertStrongPassword } from "../identity/password-policy.ts";
import { hashPassword } from "../identity/passwords.ts";
import { loadOfficerSummaries } from "./list-officers.ts";
import { assertGrantsWithinScope, replaceRoles } from "./officer-scope.ts";

/** A personal account for an official (ACC-1), who must change the temporary password first. */
export async function createOfficer(db: Db, adminId: string, input: CreateOfficer): Promise<OfficerSummary> {
  await assertGrantsWithinScope(db, adminId, input.agencyId, input.roles);
  return insertOfficer(db, input);
}

/** Creates the account without an administrator's scope check: the first administrator has none. */
export async function insertOfficer(db: Db, input: CreateOfficer): Promise<OfficerSummary> {
  assertStrongPassword(input.temporaryPassword, input.username, "temporaryPassword");
  const passwordHash = await hashPassword(input.temporaryPassword);
  const id = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("officer")
      .values({
        username: input.username,
        full_name: input.fullName.normalize("NFC"),
        agency_id: input.agencyId,
        password_hash: passwordHash,
        must_change_password: true,
      })
      .onConflict((oc) => oc.column("username").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!created)
      throw new AppError(409, "USERNAME_TAKEN", `Tên đăng nhập "${input.username}" đã được dùng.`);
    await replaceRoles(trx, created.id, input.roles);
    return created.id;
  });
  const [summary] = await loadOfficerSummaries(db, [id]);
  if (!summary) throw new Error("created officer not found");
  return summary;
}
