import type { DraftList } from "../../../contracts/online-drafts.ts";
import type { Db } from "../../db/database.ts";

/** "Hồ sơ đang soạn": the citizen's drafts with their procedure, most recently changed first. */
export async function listDrafts(db: Db, citizenId: string): Promise<DraftList> {
  const rows = await db
    .selectFrom("online_draft as d")
    .innerJoin("procedure as p", "p.id", "d.procedure_id")
    .innerJoin("procedure_version as v", (join) =>
      join.onRef("v.procedure_id", "=", "p.id").onRef("v.version", "=", "p.published_version"),
    )
    .select(["d.procedure_id", "p.code", "v.name", "d.step", "d.updated_at"])
    .where("d.citizen_id", "=", citizenId)
    .orderBy("d.updated_at", "desc")
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({
      procedureId: r.procedure_id,
      procedureCode: r.code,
      procedureName: r.name,
      step: r.step,
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}
