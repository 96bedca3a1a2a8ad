import type { VersionStatus } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { isUuid } from "./versioned-store.ts";

/**
 * Which catalog versions may stand for a procedure elsewhere (e-forms, workflows). The modules
 * differ on purpose: an e-form stays tied to its procedure whatever the catalog did since
 * (`ANY_VERSION`), while a workflow is checked against the processing time in force, which a
 * retired version no longer states (`VERSION_IN_FORCE`).
 */
export const ANY_VERSION: readonly VersionStatus[] = ["published", "draft", "retired"];
export const VERSION_IN_FORCE: readonly VersionStatus[] = ["published", "draft"];

/**
 * A procedure with the catalog version that stands for it: the published one, else the latest of
 * `statuses`. 404 when the procedure is unknown (or its id malformed) or has no such version.
 */
export async function requireCurrentVersion(db: Db, procedureId: string, statuses: readonly VersionStatus[]) {
  const row = isUuid(procedureId)
    ? await db
        .selectFrom("procedure as p")
        .innerJoin("procedure_version as v", "v.procedure_id", "p.id")
        .select(["p.id", "p.code", "p.published_version", "v.version", "v.name", "v.service_level"])
        .select(["v.processing_amount", "v.processing_unit", "v.same_day_cutoff"])
        .where("p.id", "=", procedureId)
        .where("v.status", "in", statuses)
        .orderBy((eb) => eb.case().when("v.status", "=", "published").then(0).else(1).end())
        .orderBy("v.version", "desc")
        .limit(1)
        .executeTakeFirst()
    : undefined;
  if (!row) throw selectedProcedureNotFound();
  return row;
}

/** 404 for a procedure chosen in a request (e-forms, workflows). */
export function selectedProcedureNotFound(): AppError {
  return new AppError(404, "PROCEDURE_NOT_FOUND", "Không tìm thấy thủ tục hành chính đã chọn.");
}
