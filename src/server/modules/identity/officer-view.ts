import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { Db } from "../../db/database.ts";

/** The signed-in officer as the API shows it: identity, agency and roles. */
export async function loadOfficerView(db: Db, officerId: string): Promise<CurrentOfficer | undefined> {
  const row = await db
    .selectFrom("officer")
    .innerJoin("agency", "agency.id", "officer.agency_id")
    .select([
      "officer.id",
      "officer.username",
      "officer.full_name",
      "officer.agency_id",
      "officer.must_change_password",
      "agency.name as agency_name",
    ])
    .where("officer.id", "=", officerId)
    .where("officer.status", "=", "active")
    .executeTakeFirst();
  if (!row) return undefined;
  const roles = await db
    .selectFrom("officer_role")
    .select("role")
    .distinct()
    .where("officer_id", "=", officerId)
    .orderBy("role")
    .execute();
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    roles: roles.map((r) => r.role),
    mustChangePassword: row.must_change_password,
  };
}
