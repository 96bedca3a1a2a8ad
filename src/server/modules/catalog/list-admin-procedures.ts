import { sql } from "kysely";
import type { AdminProcedureList, AdminProcedureQuery } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { codePrefixOf, wordsOf } from "./search-terms.ts";

/**
 * Every procedure of the catalog, published or not, for the administrators: by code, with the
 * name of its latest version and its published and draft version numbers.
 */
export async function listAdminProcedures(db: Db, query: AdminProcedureQuery): Promise<AdminProcedureList> {
  const q = query.q ?? "";
  const codePrefix = codePrefixOf(q);
  const words = wordsOf(q);
  const keyword = codePrefix
    ? sql`p.code LIKE ${`${codePrefix}%`}`
    : words.length > 0
      ? sql.join(
          words.map((w) => sql`latest.search_text LIKE '%' || rtrim(catalog_fold(${w})) || '%'`),
          sql` AND `,
        )
      : sql`true`;
  const status =
    query.status === "published"
      ? sql`p.published_version IS NOT NULL`
      : query.status === "unpublished"
        ? sql`p.published_version IS NULL`
        : query.status === "draft"
          ? sql`draft.version IS NOT NULL`
          : sql`true`;
  const rows = await sql<{
    id: string;
    code: string;
    name: string;
    published_version: number | null;
    draft_version: number | null;
    latest_version: number;
    updated_at: Date;
    total: number;
  }>`
    SELECT p.id, p.code, latest.name, p.published_version, draft.version AS draft_version,
           latest.version AS latest_version, latest.updated_at, count(*) OVER () AS total
      FROM procedure p
      JOIN LATERAL (SELECT v.name, v.version, v.updated_at, v.search_text
                      FROM procedure_version v
                     WHERE v.procedure_id = p.id
                     ORDER BY v.version DESC
                     LIMIT 1) latest ON true
      LEFT JOIN procedure_version draft ON draft.procedure_id = p.id AND draft.status = 'draft'
     WHERE ${keyword} AND ${status}
     ORDER BY p.code
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return {
    items: rows.rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      publishedVersion: r.published_version,
      draftVersion: r.draft_version,
      latestVersion: r.latest_version,
      updatedAt: r.updated_at.toISOString(),
    })),
    total: rows.rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
