import { CatalogFile } from "../../../contracts/catalog.ts";
import { importCatalog } from "../../modules/catalog/import-catalog.ts";
import type { Db } from "../database.ts";
import demoCatalog from "./demo-catalog.json" with { type: "json" };

/**
 * Demo procedure catalog for the Thanh Hóa demo agencies (demo-organization.ts), kept in
 * demo-catalog.json, a file in the catalog import format (docs/catalog-import-format.md): real
 * procedures of the national procedure database (CSDL quốc gia về TTHC) at commune and department
 * level, after the 2025 reorganisation (communes took over the former district procedures:
 * household businesses, building permits for houses, civil status with a foreign element).
 *
 * Names, statutory times, fees and papers follow the published procedures as closely as we know
 * them, but this is demonstration data, not a legal reference: provinces set many fees themselves,
 * and codes marked "mã minh họa" were not checked against the national database. Procedures now
 * handled by the police (criminal-record certificates, driving licences) are left out.
 */
export const DEMO_PROCEDURES = CatalogFile.parse(demoCatalog).procedures;

/**
 * Adds the demo procedures whose codes are not in the catalog yet, published as version 1, through
 * the catalog import (CFG-1). Idempotent: a procedure already there (perhaps edited since) is left
 * as it is.
 */
export async function loadDemoProcedures(db: Db): Promise<number> {
  const existing = new Set((await db.selectFrom("procedure").select("code").execute()).map((r) => r.code));
  const missing = DEMO_PROCEDURES.filter((p) => !existing.has(p.code));
  if (missing.length === 0) return 0;
  const report = await importCatalog(db, { procedures: missing }, { officerId: null });
  if (!report.applied) {
    throw new Error(`Demo procedures refused by the catalog import: ${JSON.stringify(report.rejected)}`);
  }
  return report.added.length;
}
