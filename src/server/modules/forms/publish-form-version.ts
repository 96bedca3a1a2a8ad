import { sql } from "kysely";
import type { FormVersionDetail } from "../../../contracts/forms.ts";
import type { Db } from "../../db/database.ts";
import { inTransaction } from "../catalog/versioned-store.ts";
import {
  checkDefinition,
  type FormVersionRow,
  lockForm,
  reloadVersionDetail,
  requireDraft,
  requireProcedure,
} from "./form-store.ts";

/**
 * Publishes a draft (CFG-2): the portal and the counter show it from now on and new dossiers use
 * it; the version published until now is retired, and stays readable for the dossiers that
 * started with it.
 */
export async function publishFormVersion(
  db: Db,
  procedureId: string,
  version: number,
  officerId: string | null,
): Promise<FormVersionDetail> {
  const procedure = await requireProcedure(db, procedureId);
  await inTransaction(db, async (trx) => {
    await lockForm(trx, procedureId);
    const row = await requireDraft(trx, procedureId, version);
    // Checked again: the rules may have grown since the draft was saved.
    checkDefinition(row.definition);
    await publishInPlaceOfCurrent(trx, row, officerId);
  });
  return reloadVersionDetail(db, procedure, version);
}

/** Retires the version published until now, publishes `row`, and points the form at it. */
async function publishInPlaceOfCurrent(
  trx: Db,
  row: FormVersionRow,
  officerId: string | null,
): Promise<void> {
  await trx
    .updateTable("form_version")
    .set({ status: "retired", retired_at: sql`now()` })
    .where("procedure_id", "=", row.procedure_id)
    .where("status", "=", "published")
    .execute();
  await trx
    .updateTable("form_version")
    .set({ status: "published", published_at: sql`now()`, published_by: officerId })
    .where("id", "=", row.id)
    .execute();
  await trx
    .updateTable("form")
    .set({ published_version: row.version })
    .where("procedure_id", "=", row.procedure_id)
    .execute();
}
