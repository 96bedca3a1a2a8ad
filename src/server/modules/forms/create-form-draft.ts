import type { FormVersionDetail } from "../../../contracts/forms.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { inTransaction, nextVersionNumber } from "../catalog/versioned-store.ts";
import { checkDefinition, lockForm, reloadVersionDetail, requireProcedure } from "./form-store.ts";

/**
 * Starts a new version of a procedure's e-form as a draft (CFG-2). The published version stays
 * what the public sees until the draft is published. A bad definition is refused (422, every
 * problem with its path) and nothing is saved; a second draft is refused (409).
 */
export async function createFormDraft(
  db: Db,
  procedureId: string,
  input: unknown,
  officerId: string | null,
): Promise<FormVersionDetail> {
  const procedure = await requireProcedure(db, procedureId);
  const definition = checkDefinition(input);
  const version = await inTransaction(db, async (trx) => {
    await lockForm(trx, procedureId);
    return insertDraft(trx, procedureId, definition, officerId);
  });
  return reloadVersionDetail(db, procedure, version);
}

/** Inserts the next version as a draft into a locked form that has none; returns its number. */
async function insertDraft(
  trx: Db,
  procedureId: string,
  definition: FormDefinition,
  officerId: string | null,
): Promise<number> {
  const rows = await trx
    .selectFrom("form_version")
    .select(["version", "status"])
    .where("procedure_id", "=", procedureId)
    .execute();
  const draft = rows.find((r) => r.status === "draft");
  if (draft) {
    throw new AppError(
      409,
      "FORM_DRAFT_EXISTS",
      `Biểu mẫu đã có bản nháp (phiên bản ${draft.version}); hãy sửa hoặc huỷ bản nháp đó.`,
    );
  }
  const version = nextVersionNumber(rows);
  await trx
    .insertInto("form_version")
    .values({
      procedure_id: procedureId,
      version,
      status: "draft",
      definition: JSON.stringify(definition),
      created_by: officerId,
      updated_by: officerId,
    })
    .execute();
  return version;
}
