import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an unknown (or malformed) agency id with a clear 404 instead of computing with nothing. */
export async function requireAgency(db: Db, agencyId: string): Promise<{ id: string; name: string }> {
  const agency = UUID.test(agencyId)
    ? await db.selectFrom("agency").select(["id", "name"]).where("id", "=", agencyId).executeTakeFirst()
    : undefined;
  if (!agency) throw new AppError(404, "AGENCY_NOT_FOUND", "Không tìm thấy cơ quan đã chọn.");
  return agency;
}
