import type { AgencyTreeDocument } from "../../../contracts/agencies.ts";
import type { Db } from "../../db/database.ts";

/** The whole agency tree as a portable JSON document, parents before children (CFG-3). */
export async function exportAgencyTree(db: Db): Promise<AgencyTreeDocument> {
  const rows = await db
    .selectFrom("agency as a")
    .leftJoin("agency as p", "p.id", "a.parent_id")
    .select([
      "a.id",
      "a.parent_id",
      "a.code",
      "p.code as parent_code",
      "a.name",
      "a.level",
      "a.address",
      "a.duty_officer_name",
      "a.duty_officer_phone",
    ])
    .orderBy("a.code")
    .execute();
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  const ordered: typeof rows = [];
  const visit = (parentId: string | null) => {
    for (const row of children.get(parentId) ?? []) {
      ordered.push(row);
      visit(row.id);
    }
  };
  visit(null);
  return {
    format: "motcua.agencies/1",
    agencies: ordered.map((r) => ({
      code: r.code,
      parentCode: r.parent_code,
      name: r.name,
      level: r.level,
      address: r.address,
      dutyOfficerName: r.duty_officer_name,
      dutyOfficerPhone: r.duty_officer_phone,
    })),
  };
}
