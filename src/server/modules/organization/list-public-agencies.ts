import type { PublicAgency } from "../../../contracts/agencies.ts";
import type { Db } from "../../db/database.ts";

/** Every agency with its public one-stop contact (LKP-3), ordered as a tree walk would list them. */
export async function listPublicAgencies(db: Db): Promise<PublicAgency[]> {
  const rows = await db
    .selectFrom("agency")
    .select([
      "id",
      "parent_id",
      "code",
      "name",
      "level",
      "address",
      "duty_officer_name",
      "duty_officer_phone",
    ])
    .orderBy("code")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    level: r.level,
    address: r.address,
    dutyOfficerName: r.duty_officer_name,
    dutyOfficerPhone: r.duty_officer_phone,
  }));
}
