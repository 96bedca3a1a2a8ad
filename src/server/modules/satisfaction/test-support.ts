import { officer } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierBuilder } from "../reports/test-support.ts";

/** Test harness (not used by production code). */

/** The demo one-stop officer Nguyễn Thị Lan (tthcc.motcua): returns the results in these tests. */
export async function demoOneStop(db: Db, agencyId: string) {
  const row = await db
    .selectFrom("officer")
    .select(["id", "full_name"])
    .where("username", "=", "tthcc.motcua")
    .executeTakeFirstOrThrow();
  return { name: row.full_name, actor: officer(row.id, "one_stop_officer", agencyId) };
}

/** RES-2: the one-stop hands the result to the applicant at the counter. */
export function returnResult(builder: DossierBuilder, actor: ReturnType<typeof officer>): DossierBuilder {
  return builder.apply({ type: "return_result", actor, method: "counter" });
}
