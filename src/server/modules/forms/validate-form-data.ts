import type { SubmissionCheckResult } from "../../../contracts/forms.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import { validateSubmission } from "../../../domain/forms/validate-submission.ts";
import type { Db } from "../../db/database.ts";
import { findVersion, requirePublishedProcedure, versionNotFound } from "./form-store.ts";
import { formNotPublished } from "./get-published-form.ts";
import { addressCodesIn, loadAddressDirectory } from "./load-address-directory.ts";

/**
 * Checks what an applicant filled in against a procedure's e-form (CFG-2, REC-4), on the server,
 * with the very function the browser runs (`validateSubmission`): the same errors, paths and
 * messages. `version` picks a published or retired version (the one a dossier started with);
 * default the published one. "Today" is the Vietnam date of `now`.
 */
export async function validateFormData(
  db: Db,
  procedureId: string,
  data: unknown,
  version: number | undefined,
  now: number,
): Promise<SubmissionCheckResult> {
  await requirePublishedProcedure(db, procedureId);
  const row =
    version === undefined
      ? await db
          .selectFrom("form_version")
          .selectAll()
          .where("procedure_id", "=", procedureId)
          .where("status", "=", "published")
          .executeTakeFirst()
      : await findVersion(db, procedureId, version);
  if (!row) throw version === undefined ? formNotPublished() : versionNotFound(version);
  // Drafts are not public.
  if (row.status === "draft") throw versionNotFound(row.version);
  const definition = row.definition as unknown as FormDefinition;
  const codes = addressCodesIn(definition, data);
  const addresses = await loadAddressDirectory(db, codes.provinces, codes.communes);
  const today = localIsoDate(now);
  return {
    procedureId,
    version: row.version,
    today,
    result: validateSubmission(definition, data, { today, addresses }),
  };
}
