import type { FormVersionList } from "../../../contracts/forms.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import type { Db } from "../../db/database.ts";
import { officerNames } from "../catalog/versioned-store.ts";
import { requireProcedure } from "./form-store.ts";

/** Every version of a procedure's e-form, newest first. */
export async function listFormVersions(db: Db, procedureId: string): Promise<FormVersionList> {
  const procedure = await requireProcedure(db, procedureId);
  const rows = await db
    .selectFrom("form_version")
    .selectAll()
    .where("procedure_id", "=", procedureId)
    .orderBy("version", "desc")
    .execute();
  const names = await officerNames(
    db,
    rows.map((r) => r.created_by),
  );
  return {
    procedureId: procedure.id,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    publishedVersion: rows.find((r) => r.status === "published")?.version ?? null,
    draftVersion: rows.find((r) => r.status === "draft")?.version ?? null,
    versions: rows.map((r) => {
      const definition = r.definition as unknown as FormDefinition;
      return {
        version: r.version,
        status: r.status,
        revision: r.revision,
        title: definition.title,
        fieldCount: definition.sections.reduce((n, s) => n + s.fields.length, 0),
        createdAt: r.created_at.toISOString(),
        createdBy: r.created_by ? (names.get(r.created_by) ?? null) : null,
        updatedAt: r.updated_at.toISOString(),
        publishedAt: r.published_at?.toISOString() ?? null,
        retiredAt: r.retired_at?.toISOString() ?? null,
      };
    }),
  };
}
