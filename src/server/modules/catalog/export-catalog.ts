import { CATALOG_FORMAT, type CatalogFile } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { recordOf } from "./catalog-records.ts";
import { contentOfRow } from "./procedure-store.ts";

/**
 * CFG-1: the published catalog as an import file — the published version of every published
 * procedure, by code. Importing it into an installation with the same agencies gives the same
 * catalog.
 */
export async function exportCatalog(db: Db, now: Date = new Date()): Promise<CatalogFile> {
  const rows = await db
    .selectFrom("procedure as p")
    .innerJoin("procedure_version as v", (join) =>
      join.onRef("v.procedure_id", "=", "p.id").onRef("v.version", "=", "p.published_version"),
    )
    .selectAll("v")
    .select("p.code")
    .orderBy("p.code")
    .execute();
  const links = await db
    .selectFrom("procedure_version_agency as va")
    .innerJoin("procedure_version as v", "v.id", "va.version_id")
    .innerJoin("agency as a", "a.id", "va.agency_id")
    .select(["va.version_id", "a.code"])
    .where("v.status", "=", "published")
    .execute();
  const codes = new Map<string, string[]>();
  for (const link of links) codes.set(link.version_id, [...(codes.get(link.version_id) ?? []), link.code]);
  return {
    format: CATALOG_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    procedures: rows.map((row) => recordOf(row.code, contentOfRow(row), codes.get(row.id) ?? [])),
  };
}
