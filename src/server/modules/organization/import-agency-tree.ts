import type { AgencyImportReport, AgencyTreeDocument } from "../../../contracts/agencies.ts";
import type { Db } from "../../db/database.ts";
import type { AgencyRow } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";

type Entry = AgencyTreeDocument["agencies"][number];

/**
 * Imports an agency tree document (CFG-3): agencies are matched by code, added or changed, parents
 * resolved by code from the document or the database. All or nothing: any error changes nothing.
 * Agencies absent from the document are kept (an agency with history is never deleted).
 */
export async function importAgencyTree(db: Db, document: AgencyTreeDocument): Promise<AgencyImportReport> {
  const entries = document.agencies.map(normalise);
  assertCodesUnique(entries);
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("agency").selectAll().execute();
    const existing = new Map(rows.map((a) => [a.code, a]));
    const codeById = new Map(rows.map((a) => [a.id, a.code]));
    const parentCodeOf = (a: AgencyRow) => (a.parent_id ? (codeById.get(a.parent_id) ?? null) : null);
    assertParentsKnown(entries, existing);
    assertAcyclic(entries, new Map(rows.map((a) => [a.code, parentCodeOf(a)])));
    const report: AgencyImportReport = { added: [], changed: [], unchanged: 0 };
    for (const entry of entries) {
      const current = existing.get(entry.code);
      await upsert(trx, entry, current && { ...current, parentCode: parentCodeOf(current) }, report);
    }
    for (const entry of entries) await linkParent(trx, entry);
    return report;
  });
}

function normalise(entry: Entry): Entry {
  return {
    ...entry,
    name: entry.name.normalize("NFC"),
    address: entry.address.normalize("NFC"),
    dutyOfficerName: entry.dutyOfficerName?.normalize("NFC") ?? null,
  };
}

function fail(index: number, message: string, code = "AGENCY_IMPORT_INVALID"): never {
  throw new AppError(422, code, `Tệp cơ cấu tổ chức không hợp lệ: ${message}`, [
    { path: `agencies.${index}`, message },
  ]);
}

function assertCodesUnique(entries: Entry[]): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.code);
    if (first !== undefined)
      fail(index, `mã ${entry.code} xuất hiện hai lần (mục ${first + 1} và ${index + 1}).`);
    seen.set(entry.code, index);
  });
}

function assertParentsKnown(entries: Entry[], existing: Map<string, AgencyRow>): void {
  const inFile = new Set(entries.map((e) => e.code));
  entries.forEach((entry, index) => {
    if (entry.parentCode && !inFile.has(entry.parentCode) && !existing.has(entry.parentCode)) {
      fail(
        index,
        `cơ quan cấp trên ${entry.parentCode} của ${entry.code} không có trong tệp và trong hệ thống.`,
      );
    }
  });
}

/** The resulting parent links (file over database) must not loop. */
function assertAcyclic(entries: Entry[], parentInDatabase: Map<string, string | null>): void {
  const parentOf = new Map(parentInDatabase);
  for (const entry of entries) parentOf.set(entry.code, entry.parentCode);
  entries.forEach((entry, index) => {
    const path = new Set<string>();
    for (let code: string | null | undefined = entry.code; code; code = parentOf.get(code)) {
      if (path.has(code))
        fail(index, `quan hệ cấp trên của ${entry.code} tạo thành vòng lặp.`, "AGENCY_CYCLE");
      path.add(code);
    }
  });
}

async function upsert(
  db: Db,
  entry: Entry,
  current: (AgencyRow & { parentCode: string | null }) | undefined,
  report: AgencyImportReport,
): Promise<void> {
  const values = {
    name: entry.name,
    level: entry.level,
    address: entry.address,
    duty_officer_name: entry.dutyOfficerName,
    duty_officer_phone: entry.dutyOfficerPhone,
  };
  if (!current) {
    await db
      .insertInto("agency")
      .values({ ...values, code: entry.code, parent_id: null })
      .execute();
    report.added.push(entry.code);
    return;
  }
  const same =
    current.parentCode === entry.parentCode &&
    (Object.keys(values) as (keyof typeof values)[]).every((k) => current[k] === values[k]);
  if (same) report.unchanged += 1;
  else {
    await db.updateTable("agency").set(values).where("code", "=", entry.code).execute();
    report.changed.push(entry.code);
  }
}

async function linkParent(db: Db, entry: Entry): Promise<void> {
  const parent = entry.parentCode
    ? db.selectFrom("agency").select("id").where("code", "=", entry.parentCode)
    : null;
  await db.updateTable("agency").set({ parent_id: parent }).where("code", "=", entry.code).execute();
}
