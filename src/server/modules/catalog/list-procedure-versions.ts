import type { ProcedureVersionList } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { procedureNotFound } from "./procedure-store.ts";

/** Every version of a procedure, newest first, with who made it and when it was in force. */
export async function listProcedureVersions(db: Db, procedureId: string): Promise<ProcedureVersionList> {
  const procedure = await db
    .selectFrom("procedure")
    .select(["id", "code", "published_version"])
    .where("id", "=", procedureId)
    .executeTakeFirst();
  if (!procedure) throw procedureNotFound();
  const rows = await db
    .selectFrom("procedure_version as v")
    .leftJoin("officer as o", "o.id", "v.created_by")
    .select([
      "v.version",
      "v.status",
      "v.name",
      "v.created_at",
      "v.updated_at",
      "v.published_at",
      "v.retired_at",
    ])
    .select("o.full_name")
    .where("v.procedure_id", "=", procedureId)
    .orderBy("v.version", "desc")
    .execute();
  return {
    procedureId: procedure.id,
    code: procedure.code,
    publishedVersion: procedure.published_version,
    versions: rows.map((r) => ({
      version: r.version,
      status: r.status,
      name: r.name,
      createdAt: r.created_at.toISOString(),
      createdBy: r.full_name,
      updatedAt: r.updated_at.toISOString(),
      publishedAt: r.published_at?.toISOString() ?? null,
      retiredAt: r.retired_at?.toISOString() ?? null,
    })),
  };
}
