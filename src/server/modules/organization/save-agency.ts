import type { CreateAgency, PublicAgency, UpdateAgency } from "../../../contracts/agencies.ts";
import type { Db } from "../../db/database.ts";
import type { NewAgency } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";
import { assertNoCycle, duplicateCode, isUniqueViolation } from "./agency-rules.ts";
import { listPublicAgencies } from "./list-public-agencies.ts";

/** Adds an agency to the tree (CFG-3), or with `agencyId` changes one (name, code, parent, contact). */
export async function saveAgency(
  db: Db,
  input: CreateAgency | UpdateAgency,
  agencyId?: string,
): Promise<PublicAgency> {
  if (input.parentId) {
    const parent = await db
      .selectFrom("agency")
      .select("id")
      .where("id", "=", input.parentId)
      .executeTakeFirst();
    if (!parent) throw new AppError(422, "AGENCY_PARENT_UNKNOWN", "Cơ quan cấp trên không tồn tại.");
  }
  const values = {
    parent_id: input.parentId,
    code: input.code,
    name: input.name.normalize("NFC"),
    level: input.level,
    address: input.address.normalize("NFC"),
    duty_officer_name: input.dutyOfficerName?.normalize("NFC") ?? null,
    duty_officer_phone: input.dutyOfficerPhone,
  };
  try {
    const id = agencyId ? await update(db, agencyId, values) : await insert(db, values);
    const saved = (await listPublicAgencies(db)).find((a) => a.id === id);
    if (!saved) throw new Error("saved agency not found");
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code);
    throw error;
  }
}

type Values = Omit<NewAgency, "id" | "created_at"> & { parent_id: string | null };

async function insert(db: Db, values: Values): Promise<string> {
  const row = await db.insertInto("agency").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

async function update(db: Db, agencyId: string, values: Values): Promise<string> {
  await assertNoCycle(db, agencyId, values.parent_id);
  await db.updateTable("agency").set(values).where("id", "=", agencyId).execute();
  return agencyId;
}
