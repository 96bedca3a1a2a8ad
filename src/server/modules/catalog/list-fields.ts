import type { FieldList } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";

/** The fields (lĩnh vực) of the published catalog with how many procedures each has. */
export async function listFields(db: Db): Promise<FieldList> {
  const rows = await db
    .selectFrom("procedure_version")
    .select((eb) => ["field_code", eb.fn.min("field_name").as("name"), eb.fn.countAll<number>().as("count")])
    .where("status", "=", "published")
    .groupBy("field_code")
    .orderBy("name")
    .orderBy("field_code")
    .execute();
  return { fields: rows.map((r) => ({ code: r.field_code, name: r.name, count: r.count })) };
}
