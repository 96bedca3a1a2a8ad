import type { Selectable } from "kysely";
import type { FormVersionDetail } from "../../../contracts/forms.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import { validateFormDefinition } from "../../../domain/forms/validate-definition.ts";
import type { Db } from "../../db/database.ts";
import type { FormVersionTable } from "../../db/schema/forms-workflows.ts";
import { AppError } from "../../http/problem.ts";
import {
  ANY_VERSION,
  requireCurrentVersion,
  selectedProcedureNotFound,
} from "../catalog/require-current-version.ts";
import { isoOrNull, officerNames } from "../catalog/versioned-store.ts";

/**
 * The shared queries of e-forms: the procedure a form belongs to, locking, reading versions.
 * Unlike a workflow (workflows/workflow-store.ts), a form is keyed by its procedure alone, its
 * versions go draft → published → retired without a review step, and it keeps no event history.
 */

export type FormVersionRow = Selectable<FormVersionTable>;

interface ProcedureInfo {
  id: string;
  code: string;
  /** Name in the published catalog version, else in the latest one. */
  name: string;
  serviceLevel: "full_online" | "partial_online" | "information_only";
  /** Whether the catalog publishes it (the public sees only published procedures). */
  published: boolean;
}

/** A procedure of the catalog with its published version, else its latest one, whatever the catalog did since (404). */
export async function requireProcedure(db: Db, procedureId: string): Promise<ProcedureInfo> {
  const row = await requireCurrentVersion(db, procedureId, ANY_VERSION);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    serviceLevel: row.service_level,
    published: row.published_version !== null,
  };
}

/** A procedure the catalog publishes now: what the public may see a form of (404 otherwise). */
export async function requirePublishedProcedure(db: Db, procedureId: string): Promise<ProcedureInfo> {
  const procedure = await requireProcedure(db, procedureId);
  if (!procedure.published) throw selectedProcedureNotFound();
  return procedure;
}

/** Creates the procedure's form row if needed and locks it: version changes of one form queue up. */
export async function lockForm(trx: Db, procedureId: string): Promise<{ publishedVersion: number | null }> {
  await trx
    .insertInto("form")
    .values({ procedure_id: procedureId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await trx
    .selectFrom("form")
    .select("published_version")
    .where("procedure_id", "=", procedureId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { publishedVersion: row.published_version };
}

/** Checks a definition (CFG-2); a refusal lists every problem with its path (422). */
export function checkDefinition(input: unknown): FormDefinition {
  const result = validateFormDefinition(input);
  if (result.ok) return result.definition;
  const count = result.errors.length;
  throw new DomainError(
    "FORM_DEFINITION_INVALID",
    `Biểu mẫu điện tử có ${count} lỗi; không có gì được lưu. ${result.errors[0]?.path}: ${result.errors[0]?.message}`,
    { rule: "CFG-2", details: { errors: result.errors } },
  );
}

export async function findVersion(
  db: Db,
  procedureId: string,
  version: number,
): Promise<FormVersionRow | undefined> {
  return db
    .selectFrom("form_version")
    .selectAll()
    .where("procedure_id", "=", procedureId)
    .where("version", "=", version)
    .executeTakeFirst();
}

export function versionNotFound(version: number): AppError {
  return new AppError(
    404,
    "FORM_VERSION_NOT_FOUND",
    `Biểu mẫu điện tử của thủ tục không có phiên bản ${version}.`,
  );
}

/** A version that must still be a draft: 404 when missing, 409 when published or retired. */
export async function requireDraft(db: Db, procedureId: string, version: number): Promise<FormVersionRow> {
  const row = await findVersion(db, procedureId, version);
  if (!row) throw versionNotFound(version);
  if (row.status !== "draft") throw notDraft(row);
  return row;
}

function notDraft(row: Pick<FormVersionRow, "version" | "status">): AppError {
  return new AppError(
    409,
    "FORM_VERSION_NOT_DRAFT",
    `Phiên bản ${row.version} của biểu mẫu đã ${row.status === "published" ? "được công bố" : "ngừng áp dụng"}; nội dung không thay đổi được. Hãy tạo phiên bản mới.`,
  );
}

/** A version just written, in full, read afresh after its transaction. */
export async function reloadVersionDetail(
  db: Db,
  procedure: ProcedureInfo,
  version: number,
): Promise<FormVersionDetail> {
  const row = await findVersion(db, procedure.id, version);
  if (!row) throw new Error(`version ${version} of the form of procedure ${procedure.id} vanished`);
  return versionDetail(db, procedure, row);
}

export async function versionDetail(
  db: Db,
  procedure: ProcedureInfo,
  row: FormVersionRow,
): Promise<FormVersionDetail> {
  const names = await officerNames(db, [row.created_by, row.updated_by, row.published_by]);
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    procedureId: procedure.id,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    version: row.version,
    status: row.status,
    revision: row.revision,
    definition: row.definition as unknown as FormDefinition,
    createdAt: row.created_at.toISOString(),
    createdBy: name(row.created_by),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: name(row.updated_by),
    publishedAt: isoOrNull(row.published_at),
    publishedBy: name(row.published_by),
    retiredAt: isoOrNull(row.retired_at),
  };
}
