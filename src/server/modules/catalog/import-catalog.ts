import { z } from "zod";
import {
  type CatalogImportRequest,
  CatalogRecord,
  type ImportReport,
  type ProcedureContent,
} from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { recordOf, sameRecord } from "./catalog-records.ts";
import {
  chunks,
  codeTakenOr,
  contentOf,
  contentOfRow,
  type Issue,
  insertDraftVersions,
  loadAgencyDirectory,
  type PathSegment,
  publishDrafts,
  resolveAgencies,
  type VersionToInsert,
} from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

interface ImportOptions {
  /** Who imports; null for the demo data loaded at start-up. */
  officerId: string | null;
  /** Check and report only. */
  dryRun?: boolean;
}

interface Planned {
  index: number;
  code: string;
  content: ProcedureContent;
  agencyIds: string[];
}

const VIETNAMESE_MESSAGES = z.locales.vi().localeError;

/**
 * CFG-1: imports procedures from a file shaped like the national procedure database's records
 * (docs/catalog-import-format.md). Every record is checked first — shape, duplicates, agencies,
 * open drafts — and the report lists every problem with its JSON path
 * (`procedures[3].fees[0].amount`). If any record is rejected, nothing changes. Otherwise, in one
 * transaction: new codes are added and published as version 1; a record that differs from the
 * published version becomes a new published version (the old one is retired, still readable);
 * identical records change nothing. Procedures absent from the file are left as they are.
 */
export async function importCatalog(
  db: Db,
  file: Pick<CatalogImportRequest, "procedures">,
  options: ImportOptions,
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  return inTransaction(db, async (trx) => {
    const report: ImportReport = {
      applied: false,
      dryRun,
      added: [],
      changed: [],
      unchanged: [],
      rejected: [],
    };
    const reject = (index: number, code: string | null, issues: Issue[]) =>
      report.rejected.push({
        index,
        code,
        errors: issues.map((i) => ({ path: jsonPath(["procedures", index, ...i.path]), message: i.message })),
      });

    // 1. Shape of every record, then duplicates within the file.
    const records: { index: number; record: CatalogRecord }[] = [];
    const seen = new Map<string, number>();
    file.procedures.forEach((raw, index) => {
      const parsed = CatalogRecord.safeParse(raw, { error: VIETNAMESE_MESSAGES });
      if (!parsed.success) {
        reject(index, codeOf(raw), issuesOf(parsed.error));
        return;
      }
      const first = seen.get(parsed.data.code);
      if (first !== undefined) {
        reject(index, parsed.data.code, [
          { path: ["code"], message: `mã ${parsed.data.code} đã có ở procedures[${first}]` },
        ]);
        return;
      }
      seen.set(parsed.data.code, index);
      records.push({ index, record: parsed.data });
    });

    // 2. Agencies: they must exist and be of a level the procedure is carried out at.
    const directory = await loadAgencyDirectory(trx);
    const checked: Planned[] = [];
    for (const { index, record } of records) {
      const content = contentOf(record);
      const agencies = resolveAgencies(directory, "agencyCodes", record.agencyCodes, content.levels);
      if (agencies.issues.length > 0) reject(index, record.code, agencies.issues);
      else checked.push({ index, code: record.code, content, agencyIds: agencies.ids });
    }

    // 3. Compare with the catalog (procedures locked until the end of the transaction).
    const existing = await loadExisting(
      trx,
      checked.map((p) => p.code),
    );
    const toAdd: Planned[] = [];
    const toChange: (Planned & { procedureId: string; version: number; previousVersion: number | null })[] =
      [];
    for (const planned of checked) {
      const current = existing.get(planned.code);
      if (!current) {
        toAdd.push(planned);
        report.added.push({ code: planned.code, version: 1 });
      } else if (current.draftVersion !== null) {
        reject(planned.index, planned.code, [
          {
            path: ["code"],
            message: `thủ tục đang có bản nháp phiên bản ${current.draftVersion} chưa công bố; hãy công bố hoặc hủy bản nháp trước khi nhập`,
          },
        ]);
      } else if (
        current.published &&
        sameRecord(
          current.published,
          recordOf(
            planned.code,
            planned.content,
            planned.agencyIds.map((id) => directory.byId.get(id)?.code ?? id),
          ),
        )
      ) {
        report.unchanged.push({ code: planned.code, version: current.publishedVersion ?? 0 });
      } else {
        const version = current.lastVersion + 1;
        toChange.push({
          ...planned,
          procedureId: current.id,
          version,
          previousVersion: current.publishedVersion,
        });
        report.changed.push({ code: planned.code, version, previousVersion: current.publishedVersion });
      }
    }
    report.rejected.sort((a, b) => a.index - b.index);
    if (report.rejected.length > 0 || dryRun) return report;

    // 4. Write: new procedures, then every new version as a draft, then publish them all.
    const created = await insertProcedures(
      trx,
      toAdd.map((p) => p.code),
    );
    const versions: VersionToInsert[] = [
      ...toAdd.map((p) => ({
        procedureId: created.get(p.code) ?? "",
        version: 1,
        content: p.content,
        agencyIds: p.agencyIds,
      })),
      ...toChange.map((p) => ({
        procedureId: p.procedureId,
        version: p.version,
        content: p.content,
        agencyIds: p.agencyIds,
      })),
    ];
    for (const batch of chunks(toChange, 5000)) {
      await trx
        .updateTable("procedure")
        .set((eb) => ({ last_version: eb("last_version", "+", 1) }))
        .where(
          "id",
          "in",
          batch.map((p) => p.procedureId),
        )
        .execute();
    }
    const versionIds = await insertDraftVersions(trx, versions, options.officerId);
    await publishDrafts(trx, versionIds, options.officerId);
    report.applied = true;
    return report;
  });
}

interface Existing {
  id: string;
  publishedVersion: number | null;
  draftVersion: number | null;
  lastVersion: number;
  published: CatalogRecord | undefined;
}

async function loadExisting(db: Db, codes: string[]): Promise<Map<string, Existing>> {
  const result = new Map<string, Existing>();
  for (const batch of chunks(codes, 5000)) {
    const procedures = await db
      .selectFrom("procedure")
      .select(["id", "code", "published_version", "last_version"])
      .where("code", "in", batch)
      .orderBy("id")
      .forUpdate()
      .execute();
    if (procedures.length === 0) continue;
    const ids = procedures.map((p) => p.id);
    const drafts = await db
      .selectFrom("procedure_version")
      .select(["procedure_id", "version"])
      .where("procedure_id", "in", ids)
      .where("status", "=", "draft")
      .execute();
    const published = await db
      .selectFrom("procedure_version")
      .selectAll()
      .where("procedure_id", "in", ids)
      .where("status", "=", "published")
      .execute();
    const agencyCodes = new Map<string, string[]>();
    if (published.length > 0) {
      const links = await db
        .selectFrom("procedure_version_agency as va")
        .innerJoin("agency as a", "a.id", "va.agency_id")
        .select(["va.version_id", "a.code"])
        .where(
          "va.version_id",
          "in",
          published.map((v) => v.id),
        )
        .execute();
      for (const l of links)
        agencyCodes.set(l.version_id, [...(agencyCodes.get(l.version_id) ?? []), l.code]);
    }
    const draftOf = new Map(drafts.map((d) => [d.procedure_id, d.version]));
    const publishedOf = new Map(published.map((v) => [v.procedure_id, v]));
    for (const p of procedures) {
      const row = publishedOf.get(p.id);
      result.set(p.code, {
        id: p.id,
        publishedVersion: p.published_version,
        draftVersion: draftOf.get(p.id) ?? null,
        lastVersion: p.last_version,
        published: row ? recordOf(p.code, contentOfRow(row), agencyCodes.get(row.id) ?? []) : undefined,
      });
    }
  }
  return result;
}

async function insertProcedures(db: Db, codes: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunks(codes, 5000)) {
    const rows = await db
      .insertInto("procedure")
      .values(batch.map((code) => ({ code, last_version: 1 })))
      .returning(["id", "code"])
      .execute()
      .catch((error: unknown) => {
        // Another import or a new procedure took one of these codes meanwhile: 409, nothing written.
        throw codeTakenOr(error, batch.join(", ").slice(0, 200));
      });
    for (const r of rows) ids.set(r.code, r.id);
  }
  return ids;
}

/** zod issues as paths + messages; an unknown key is reported at its own path. */
function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...path, key], message: "trường không có trong định dạng" }));
    }
    return [{ path, message: issue.message }];
  });
}

/** `procedures[3].fees[0].amount`. */
function jsonPath(path: PathSegment[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === "number") return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join("");
}

function codeOf(raw: unknown): string | null {
  if (raw && typeof raw === "object" && "code" in raw && typeof raw.code === "string") {
    return raw.code.trim().slice(0, 40) || null;
  }
  return null;
}
