import type { ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { loadVersionDetails } from "./procedure-store.ts";

/**
 * One version of a procedure, whatever its status, exactly as it was published (published content
 * never changes). The dossier module reads the version a dossier started with through this (PRC-1:
 * a dossier keeps its version). Undefined when there is no such version.
 */
export async function getProcedureVersion(
  db: Db,
  procedureId: string,
  version: number,
): Promise<ProcedureVersionDetail | undefined> {
  if (!UUID.test(procedureId) || !Number.isSafeInteger(version)) return undefined;
  const [detail] = await loadVersionDetails(db, [{ procedureId, version }]);
  return detail;
}

/** The version of a procedure (by id or national code) that is published now; undefined if none. */
export async function getPublishedVersion(
  db: Db,
  idOrCode: string,
): Promise<ProcedureVersionDetail | undefined> {
  const procedure = await db
    .selectFrom("procedure")
    .select(["id", "published_version"])
    .where(UUID.test(idOrCode) ? "id" : "code", "=", idOrCode)
    .executeTakeFirst();
  if (!procedure || procedure.published_version === null) return undefined;
  return getProcedureVersion(db, procedure.id, procedure.published_version);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
