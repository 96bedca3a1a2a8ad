import type { Insertable, Selectable } from "kysely";
import type { PublicAgency } from "../../../contracts/agencies.ts";
import {
  ApplicantType,
  type DossierComponent,
  type NewProcedure,
  type ProcedureContent,
  type ProcedureDraft,
  ProcedureLevel,
  type ProcedureVersionDetail,
} from "../../../contracts/catalog.ts";
import { isSafeLink } from "../../../contracts/links.ts";
import type { Db } from "../../db/database.ts";
import type { ProcedureVersionTable } from "../../db/schema/catalog.ts";
import type { AgencyRow } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";

/**
 * The catalog's shared queries: mapping content to and from rows, writing a version, publishing,
 * reading versions in full, and checking the agencies a version names.
 */

type VersionRow = Selectable<ProcedureVersionTable>;
export type PathSegment = string | number;
export interface Issue {
  path: PathSegment[];
  message: string;
}

/**
 * A form template stored before links were restricted to http(s) and same-site paths (a
 * protocol-relative `//host…`, say) is not shown, exported or served: the component stays.
 */
function withSafeTemplate(component: DossierComponent): DossierComponent {
  return component.template && !isSafeLink(component.template.url)
    ? { ...component, template: null }
    : component;
}

export function contentOfRow(row: VersionRow): ProcedureContent {
  return {
    name: row.name,
    field: { code: row.field_code, name: row.field_name },
    levels: row.levels,
    applicantTypes: row.applicant_types,
    serviceLevel: row.service_level,
    processingTime: { amount: row.processing_amount, unit: row.processing_unit },
    sameDayCutoff: row.same_day_cutoff,
    supplementLimitDays: row.supplement_limit_days,
    fees: row.fees,
    components: row.components.map(withSafeTemplate),
    steps: row.steps,
    requirements: row.requirements,
    legalBasis: row.legal_basis,
    resultName: row.result_name,
    digitalSignatureRequired: row.digital_signature_required,
    electronicResult: row.electronic_result,
  };
}

/**
 * Picks the content fields out of a parsed request or record (which carry more keys); levels and
 * applicant types are put in their canonical order, so that order alone never makes a new version.
 */
export function contentOf(value: ProcedureContent): ProcedureContent {
  return {
    name: value.name,
    field: value.field,
    levels: inOrder(value.levels, ProcedureLevel.options),
    applicantTypes: inOrder(value.applicantTypes, ApplicantType.options),
    serviceLevel: value.serviceLevel,
    processingTime: value.processingTime,
    sameDayCutoff: value.sameDayCutoff,
    supplementLimitDays: value.supplementLimitDays,
    fees: value.fees,
    components: value.components,
    steps: value.steps,
    requirements: value.requirements,
    legalBasis: value.legalBasis,
    resultName: value.resultName,
    digitalSignatureRequired: value.digitalSignatureRequired,
    electronicResult: value.electronicResult,
  };
}

export function contentColumns(content: ProcedureContent) {
  return {
    name: content.name,
    field_code: content.field.code,
    field_name: content.field.name,
    levels: content.levels,
    applicant_types: content.applicantTypes,
    service_level: content.serviceLevel,
    processing_amount: content.processingTime.amount,
    processing_unit: content.processingTime.unit,
    same_day_cutoff: content.sameDayCutoff,
    supplement_limit_days: content.supplementLimitDays,
    digital_signature_required: content.digitalSignatureRequired,
    electronic_result: content.electronicResult,
    result_name: content.resultName,
    fees: JSON.stringify(content.fees),
    components: JSON.stringify(content.components),
    steps: JSON.stringify(content.steps),
    requirements: JSON.stringify(content.requirements),
    legal_basis: JSON.stringify(content.legalBasis),
  } satisfies Partial<Insertable<ProcedureVersionTable>>;
}

export interface VersionToInsert {
  procedureId: string;
  version: number;
  content: ProcedureContent;
  agencyIds: string[];
}

/** Inserts draft versions with their agencies (in batches); returns their ids in order. */
export async function insertDraftVersions(
  db: Db,
  versions: VersionToInsert[],
  officerId: string | null,
): Promise<string[]> {
  const idOf = new Map<string, string>();
  for (const batch of chunks(versions, 500)) {
    const inserted = await db
      .insertInto("procedure_version")
      .values(
        batch.map((v) => ({
          procedure_id: v.procedureId,
          version: v.version,
          status: "draft" as const,
          created_by: officerId,
          ...contentColumns(v.content),
        })),
      )
      .returning(["id", "procedure_id", "version"])
      .execute();
    for (const r of inserted) idOf.set(`${r.procedure_id}#${r.version}`, r.id);
  }
  const ids = versions.map((v) => idOf.get(`${v.procedureId}#${v.version}`) ?? "");
  const links = versions.flatMap((v, i) =>
    v.agencyIds.map((agencyId) => ({ version_id: ids[i] ?? "", agency_id: agencyId })),
  );
  for (const batch of chunks(links, 5000)) {
    await db.insertInto("procedure_version_agency").values(batch).execute();
  }
  return ids;
}

/**
 * Publishes draft versions (by version id): the version each procedure published until now, if
 * any, is retired, and the procedure points at the new one. Callers hold the procedures' row locks.
 */
export async function publishDrafts(db: Db, versionIds: string[], officerId: string | null): Promise<void> {
  for (const batch of chunks(versionIds, 1000)) {
    const now = new Date();
    await db
      .updateTable("procedure_version")
      .set({ status: "retired", retired_at: now })
      .where("status", "=", "published")
      .where(
        "procedure_id",
        "in",
        db.selectFrom("procedure_version").select("procedure_id").where("id", "in", batch),
      )
      .execute();
    const published = await db
      .updateTable("procedure_version")
      .set({ status: "published", published_at: now, published_by: officerId, updated_at: now })
      .where("id", "in", batch)
      .where("status", "=", "draft")
      .returning("id")
      .execute();
    if (published.length !== batch.length) {
      throw new AppError(
        409,
        "VERSION_NOT_DRAFT",
        "Phiên bản cần công bố không còn là bản nháp; hãy tải lại.",
      );
    }
    await db
      .updateTable("procedure")
      .from("procedure_version as v")
      .set((eb) => ({ published_version: eb.ref("v.version") }))
      .whereRef("v.procedure_id", "=", "procedure.id")
      .where("v.id", "in", batch)
      .execute();
  }
}

/** Locks a procedure row for the rest of the transaction; 404 when it does not exist. */
export async function lockProcedure(
  db: Db,
  procedureId: string,
): Promise<{ id: string; code: string; published_version: number | null }> {
  const procedure = await db
    .selectFrom("procedure")
    .select(["id", "code", "published_version"])
    .where("id", "=", procedureId)
    .forUpdate()
    .executeTakeFirst();
  if (!procedure) throw procedureNotFound();
  return procedure;
}

export function procedureNotFound(): AppError {
  return new AppError(404, "PROCEDURE_NOT_FOUND", "Không tìm thấy thủ tục hành chính.");
}

/** Gives out the next version number of a locked procedure (never reused). */
export async function allocateVersion(db: Db, procedureId: string): Promise<number> {
  const row = await db
    .updateTable("procedure")
    .set((eb) => ({ last_version: eb("last_version", "+", 1) }))
    .where("id", "=", procedureId)
    .returning("last_version")
    .executeTakeFirstOrThrow();
  return row.last_version;
}

/** A version just written, in full, read afresh after its transaction. */
export async function reloadVersion(
  db: Db,
  procedureId: string,
  version: number,
): Promise<ProcedureVersionDetail> {
  const [detail] = await loadVersionDetails(db, [{ procedureId, version }]);
  if (!detail) throw new Error(`version ${version} of procedure ${procedureId} vanished`);
  return detail;
}

/** Versions in full, with their agencies, in the order of `keys`; missing ones are skipped. */
export async function loadVersionDetails(
  db: Db,
  keys: { procedureId: string; version: number }[],
): Promise<ProcedureVersionDetail[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("procedure_version as v")
    .innerJoin("procedure as p", "p.id", "v.procedure_id")
    .leftJoin("officer as o", "o.id", "v.created_by")
    .selectAll("v")
    .select(["p.code", "o.full_name as created_by_name"])
    .where((eb) =>
      eb.or(
        keys.map((k) => eb.and([eb("v.procedure_id", "=", k.procedureId), eb("v.version", "=", k.version)])),
      ),
    )
    .execute();
  const agencies = await agenciesOfVersions(
    db,
    rows.map((r) => r.id),
  );
  const byKey = new Map(rows.map((r) => [`${r.procedure_id}#${r.version}`, r]));
  return keys.flatMap((k) => {
    const row = byKey.get(`${k.procedureId}#${k.version}`);
    if (!row) return [];
    return [
      {
        procedureId: row.procedure_id,
        code: row.code,
        version: row.version,
        status: row.status,
        ...contentOfRow(row),
        agencies: agencies.get(row.id) ?? [],
        createdAt: row.created_at.toISOString(),
        createdBy: row.created_by_name,
        updatedAt: row.updated_at.toISOString(),
        publishedAt: row.published_at?.toISOString() ?? null,
        retiredAt: row.retired_at?.toISOString() ?? null,
      },
    ];
  });
}

/** The agencies of each version, ordered by code. */
async function agenciesOfVersions(db: Db, versionIds: string[]): Promise<Map<string, PublicAgency[]>> {
  const result = new Map<string, PublicAgency[]>();
  if (versionIds.length === 0) return result;
  const rows = await db
    .selectFrom("procedure_version_agency as va")
    .innerJoin("agency as a", "a.id", "va.agency_id")
    .select(["va.version_id", "a.id", "a.parent_id", "a.code", "a.name", "a.level", "a.address"])
    .select(["a.duty_officer_name", "a.duty_officer_phone"])
    .where("va.version_id", "in", versionIds)
    .orderBy("a.code")
    .execute();
  for (const r of rows) {
    const list = result.get(r.version_id) ?? [];
    list.push({
      id: r.id,
      parentId: r.parent_id,
      code: r.code,
      name: r.name,
      level: r.level,
      address: r.address,
      dutyOfficerName: r.duty_officer_name,
      dutyOfficerPhone: r.duty_officer_phone,
    });
    result.set(r.version_id, list);
  }
  return result;
}

type AgencyInfo = Pick<AgencyRow, "id" | "code" | "name" | "level">;

/** Every agency, by id and by code, to check the agencies that versions name. */
export async function loadAgencyDirectory(db: Db): Promise<{
  byId: Map<string, AgencyInfo>;
  byCode: Map<string, AgencyInfo>;
}> {
  const rows = await db.selectFrom("agency").select(["id", "code", "name", "level"]).execute();
  return { byId: new Map(rows.map((r) => [r.id, r])), byCode: new Map(rows.map((r) => [r.code, r])) };
}

const LEVEL_NAMES: Record<ProcedureLevel, string> = {
  province: "cấp tỉnh",
  department: "cấp sở, ngành",
  district: "cấp huyện",
  commune: "cấp xã",
};

/**
 * Resolves the agencies a version names (by id or by code) and checks them: each must exist, and
 * an agency of a level (province, department, district, commune) can only offer a procedure carried
 * out at that level. Units inside an agency (phòng, chi nhánh) may offer any level.
 */
export function resolveAgencies(
  directory: Awaited<ReturnType<typeof loadAgencyDirectory>>,
  key: "agencyIds" | "agencyCodes",
  refs: string[],
  levels: ProcedureLevel[],
): { ids: string[]; issues: Issue[] } {
  const ids: string[] = [];
  const issues: Issue[] = [];
  const map = key === "agencyIds" ? directory.byId : directory.byCode;
  refs.forEach((ref, index) => {
    const agency = map.get(ref);
    if (!agency) {
      issues.push({ path: [key, index], message: `không có cơ quan ${ref} trong danh mục cơ quan` });
      return;
    }
    if (agency.level !== "unit" && !levels.includes(agency.level as ProcedureLevel)) {
      issues.push({
        path: [key, index],
        message: `${agency.name} là cơ quan ${LEVEL_NAMES[agency.level as ProcedureLevel]} nhưng thủ tục không thực hiện ở cấp đó (levels)`,
      });
      return;
    }
    ids.push(agency.id);
  });
  return { ids, issues };
}

/** The content of a draft from a request, with its agencies (by id) resolved and checked (422). */
export async function checkDraft(
  db: Db,
  draft: ProcedureDraft | NewProcedure,
): Promise<{ content: ProcedureContent; agencyIds: string[] }> {
  const content = contentOf(draft);
  const agencies = resolveAgencies(
    await loadAgencyDirectory(db),
    "agencyIds",
    draft.agencyIds,
    content.levels,
  );
  assertNoIssues(agencies.issues);
  return { content, agencyIds: agencies.ids };
}

/** Refuses a draft whose agencies are unknown or of the wrong level (422, paths like `agencyIds.1`). */
function assertNoIssues(issues: Issue[]): void {
  if (issues.length === 0) return;
  throw new AppError(
    422,
    "PROCEDURE_INVALID",
    "Nội dung thủ tục không hợp lệ: cơ quan thực hiện không có trong danh mục hoặc không đúng cấp.",
    issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  );
}

/** Turns a unique-violation on the procedure code into 409. */
export function codeTakenOr(error: unknown, code: string): unknown {
  if ((error as { code?: string; constraint?: string }).code === "23505") {
    return new AppError(409, "PROCEDURE_CODE_TAKEN", `Mã thủ tục ${code} đã có trong danh mục.`);
  }
  return error;
}

function inOrder<T>(values: readonly T[], order: readonly T[]): T[] {
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
