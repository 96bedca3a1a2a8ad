import type { PublishedForm } from "../../../contracts/forms.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { requirePublishedProcedure } from "./form-store.ts";

/** The published e-form of a published procedure (CFG-2), for the portal and the counter. */
export async function getPublishedForm(db: Db, procedureId: string): Promise<PublishedForm> {
  const procedure = await requirePublishedProcedure(db, procedureId);
  const row = await db
    .selectFrom("form_version")
    .select(["version", "definition", "published_at"])
    .where("procedure_id", "=", procedureId)
    .where("status", "=", "published")
    .executeTakeFirst();
  if (!row?.published_at) throw formNotPublished();
  return {
    procedureId: procedure.id,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    version: row.version,
    publishedAt: row.published_at.toISOString(),
    definition: row.definition as unknown as FormDefinition,
  };
}

export function formNotPublished(): AppError {
  return new AppError(404, "FORM_NOT_PUBLISHED", "Thủ tục này chưa có biểu mẫu điện tử được công bố.");
}
