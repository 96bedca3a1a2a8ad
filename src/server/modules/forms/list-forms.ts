import { sql } from "kysely";
import type { FormOverview, FormOverviewQuery } from "../../../contracts/forms.ts";
import type { Db } from "../../db/database.ts";

/**
 * The published procedures with the state of their e-form, and which online procedures still
 * lack a published one (CFG-2: each online procedure has an interactive e-form).
 */
export async function listForms(db: Db, query: FormOverviewQuery): Promise<FormOverview> {
  let base = db
    .selectFrom("procedure as p")
    .innerJoin("procedure_version as v", (join) =>
      join.onRef("v.procedure_id", "=", "p.id").onRef("v.version", "=", "p.published_version"),
    )
    .leftJoin("form as f", "f.procedure_id", "p.id");
  if (query.q) {
    const q = query.q;
    base = base.where((eb) =>
      eb.or([
        eb("p.code", "like", `${q.replace(/[%_\\]/g, "")}%`),
        eb("v.search_text", "like", sql<string>`'%' || btrim(catalog_fold(${q})) || '%'`),
      ]),
    );
  }
  if (query.missing === "true") {
    base = base
      .where("v.service_level", "in", ["full_online", "partial_online"])
      .where("f.published_version", "is", null);
  }
  const [rows, count] = await Promise.all([
    base
      .select((eb) => [
        "p.id",
        "p.code",
        "v.name",
        "v.service_level",
        "f.published_version",
        eb
          .selectFrom("form_version as d")
          .select("d.version")
          .whereRef("d.procedure_id", "=", "p.id")
          .where("d.status", "=", "draft")
          .as("draft_version"),
      ])
      .orderBy("p.code")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      procedureId: r.id,
      procedureCode: r.code,
      procedureName: r.name,
      serviceLevel: r.service_level,
      needsForm: r.service_level !== "information_only",
      publishedVersion: r.published_version,
      draftVersion: r.draft_version ?? null,
    })),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}
