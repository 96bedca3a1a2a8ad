import type { DossierAssignees } from "../../../contracts/dossiers.ts";
import type { Db } from "../../db/database.ts";
import { staffOf } from "../workflows/step-staffing.ts";
import { dossierNotFound, stateOf, UUID } from "./dossier-store.ts";

/**
 * PRC-9: whom the dossier's current step may be assigned to: the active officers holding the
 * step's role over its unit (a role covers its agency's subtree), by name. Names and usernames
 * only: whoever assigns needs nothing else. No step (not in processing): nobody.
 */
export async function listAssignees(db: Db, dossierId: string): Promise<DossierAssignees> {
  if (!UUID.test(dossierId)) throw dossierNotFound();
  const row = await db.selectFrom("dossier").select("state").where("id", "=", dossierId).executeTakeFirst();
  if (!row) throw dossierNotFound();
  const dossier = stateOf(row);
  const step = dossier.step;
  const role = step ? dossier.workflow.steps[step.index]?.role : undefined;
  if (!step || !role) return { officers: [] };
  const officers = await staffOf(db, step.unitId, role)
    .orderBy("o.full_name")
    .orderBy("o.username")
    .execute();
  return { officers: officers.map((o) => ({ id: o.id, fullName: o.full_name, username: o.username })) };
}
