import type { FormVersionDetail } from "../../../contracts/forms.ts";
import type { Db } from "../../db/database.ts";
import { findVersion, requireProcedure, versionDetail } from "./form-store.ts";

/**
 * One version of a procedure's e-form, whatever its status, or undefined. Published versions never
 * change, so a dossier that started with version N reads the same form here forever.
 */
export async function getFormVersion(
  db: Db,
  procedureId: string,
  version: number,
): Promise<FormVersionDetail | undefined> {
  const procedure = await requireProcedure(db, procedureId);
  const row = await findVersion(db, procedureId, version);
  return row ? versionDetail(db, procedure, row) : undefined;
}
