import { CatalogRecord } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import type { SyncTrigger } from "../../db/schema/procedure-sync.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { recordOf } from "../catalog/catalog-records.ts";
import { importCatalog } from "../catalog/import-catalog.ts";
import { contentOf, loadVersionDetails } from "../catalog/procedure-store.ts";
import type { Clock } from "../dossiers/clock.ts";
import { type PortalClient, PortalError } from "../national-portal/portal-client.ts";
import { parsePortalDate, SERVICES, type ThuTucQuocGia } from "../national-portal/wire.ts";
import { type AgencyLevels, mapNationalProcedure } from "./map-national-procedure.ts";
import { NationalProcedure, NationalProcedureList } from "./national-procedure-schema.ts";
import { diffProcedures } from "./procedure-diff.ts";
import { publicationDueAt } from "./publication-deadline.ts";
import { closeRun, openRun } from "./sync-runs.ts";

/**
 * CFG-1: the procedure sync with the national procedure database, through the national portal.
 * A run lists the portal's procedures (`LayDanhSachTTHC`), fetches each one new or updated since
 * the last sync of its code (`LayThuTuc`), maps it to the catalog import format and imports it
 * (import-catalog.ts): a new procedure becomes version 1, a changed one a new published version,
 * the previous one retired; local workflows and e-forms belong to the procedure (not to a
 * version) and go on applying. Each procedure added, changed or refused is recorded with the
 * field-by-field diff, warnings and the publication deadline of its decision. A procedure that
 * cannot be imported (an open draft, no known agency, …) is fetched again at the next run.
 */
export interface SyncStart {
  readonly trigger: SyncTrigger;
  readonly officerId: string | null;
}

/** Opens a run (409 while one is running); `runProcedureSync` then does the work. */
export function openProcedureSync(db: Db, start: SyncStart, clock: Clock): Promise<string> {
  const startedAt = new Date(clock());
  return openRun(
    db,
    "procedure_sync_run",
    startedAt,
    async () => {
      const row = await db
        .insertInto("procedure_sync_run")
        .values({ trigger: start.trigger, started_by: start.officerId, started_at: startedAt, error: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      noteAudit({ objectType: "procedure_sync_run", objectId: row.id });
      return row.id;
    },
    "Đang có một lần đồng bộ thủ tục chạy; hãy chờ nó xong.",
  );
}

/** Does the work of an opened run and closes it (failed when the portal cannot be reached). */
export async function runProcedureSync(
  db: Db,
  portal: PortalClient,
  runId: string,
  officerId: string | null,
  clock: Clock,
): Promise<void> {
  let failure: unknown = null;
  try {
    await syncAll(db, portal, runId, officerId, clock);
  } catch (error) {
    failure = error;
  }
  await closeRun(db, "procedure_sync_run", runId, clock(), failure);
}

async function syncAll(db: Db, portal: PortalClient, runId: string, officerId: string | null, clock: Clock) {
  const listed = NationalProcedureList.safeParse((await portal.call(SERVICES.listProcedures, {})).result);
  if (!listed.success)
    throw new PortalError("Danh sách thủ tục của Cổng DVCQG không đúng định dạng", false, "invalid_answer");
  const due = await updatedSinceLastSync(db, listed.data);
  await db
    .updateTable("procedure_sync_run")
    .set({ listed: listed.data.length })
    .where("id", "=", runId)
    .execute();
  const agencies: AgencyLevels = new Map(
    (await db.selectFrom("agency").select(["code", "level"]).execute()).map((a) => [a.code, a.level]),
  );
  const { calendar } = await loadWorkingCalendar(db, null);
  for (const code of due) {
    const answer = await portal.call(SERVICES.getProcedure, { MaTTHC: code }).catch((error: unknown) => {
      if (error instanceof PortalError && !error.down) return error;
      throw error;
    });
    const parsed = answer instanceof PortalError ? null : NationalProcedure.safeParse(answer.result);
    const outcome =
      parsed?.success && parsed.data.MaTTHC === code
        ? await syncOne(db, parsed.data, agencies, officerId)
        : ({
            kind: "blocked",
            name: code,
            warnings: [
              answer instanceof PortalError
                ? answer.message
                : "Bản ghi thủ tục từ Cổng DVCQG không đúng định dạng",
            ],
          } as const);
    const decidedAt = parsed?.success ? parsePortalDate(parsed.data.NgayQuyetDinh) : null;
    if (outcome.kind !== "unchanged") {
      await db
        .insertInto("procedure_sync_change")
        .values({
          run_id: runId,
          code,
          name: outcome.name,
          outcome: outcome.kind,
          procedure_id: outcome.kind === "blocked" ? null : outcome.procedureId,
          version: outcome.kind === "blocked" ? null : outcome.version,
          previous_version: outcome.kind === "changed" ? outcome.previousVersion : null,
          changes: JSON.stringify(outcome.kind === "changed" ? outcome.changes : []),
          warnings: JSON.stringify(outcome.warnings),
          decision: parsed?.success ? parsed.data.QuyetDinhCongBo : "",
          decided_at: decidedAt === null ? null : new Date(decidedAt),
          publish_due_at: decidedAt === null ? null : new Date(publicationDueAt(calendar, decidedAt)),
          portal_updated_at: parsed?.success ? dateOrNull(parsePortalDate(parsed.data.NgayCapNhat)) : null,
          created_at: new Date(clock()),
        })
        .execute();
    }
    if (outcome.kind !== "blocked" && parsed?.success) await rememberSynced(db, parsed.data, clock());
    await db
      .updateTable("procedure_sync_run")
      .set((eb) => ({ fetched: eb("fetched", "+", 1), [outcome.kind]: eb(outcome.kind, "+", 1) }))
      .where("id", "=", runId)
      .execute();
  }
}

type Outcome =
  | { kind: "unchanged"; name: string; warnings: string[] }
  | { kind: "blocked"; name: string; warnings: string[] }
  | { kind: "added"; name: string; warnings: string[]; procedureId: string; version: number }
  | {
      kind: "changed";
      name: string;
      warnings: string[];
      procedureId: string;
      version: number;
      previousVersion: number | null;
      changes: ReturnType<typeof diffProcedures>;
    };

/** Imports one national procedure (its own transaction): what happened to it. */
async function syncOne(
  db: Db,
  national: ThuTucQuocGia,
  agencies: AgencyLevels,
  officerId: string | null,
): Promise<Outcome> {
  const before = await publishedRecordOf(db, national.MaTTHC);
  const { record, warnings } = mapNationalProcedure(national, before?.record, agencies);
  const report = await importCatalog(db, { procedures: [record] }, { officerId });
  const name = national.TenTTHC;
  const rejected = report.rejected[0];
  if (rejected) {
    return {
      kind: "blocked",
      name,
      warnings: [
        ...warnings,
        ...rejected.errors.map((e) => `${e.path.replace(/^procedures\[0\]\.?/, "")}: ${e.message}`),
      ],
    };
  }
  if (report.unchanged.length > 0) return { kind: "unchanged", name, warnings };
  const after = await publishedRecordOf(db, national.MaTTHC);
  if (!after) throw new Error(`procedure ${national.MaTTHC} not published after its import`);
  if (!before)
    return { kind: "added", name, warnings, procedureId: after.procedureId, version: after.version };
  const changes = diffProcedures(before.record, after.record);
  if (changes.some((c) => c.field === "processingTime") && (await hasWorkflows(db, after.procedureId)))
    warnings.push(
      "Thời hạn giải quyết thay đổi: hãy rà soát các quy trình điện tử của thủ tục (đã kiểm theo thời hạn cũ).",
    );
  return {
    kind: "changed",
    name,
    warnings,
    procedureId: after.procedureId,
    version: after.version,
    previousVersion: before.version,
    changes,
  };
}

/** The published version of a procedure as an import record, with its id and number. */
async function publishedRecordOf(db: Db, code: string) {
  const procedure = await db
    .selectFrom("procedure")
    .select(["id", "published_version"])
    .where("code", "=", code)
    .executeTakeFirst();
  if (!procedure?.published_version) return undefined;
  const [detail] = await loadVersionDetails(db, [
    { procedureId: procedure.id, version: procedure.published_version },
  ]);
  if (!detail) return undefined;
  const record = CatalogRecord.parse(
    recordOf(
      code,
      contentOf(detail),
      detail.agencies.map((a) => a.code),
    ),
  );
  return { procedureId: procedure.id, version: detail.version, record };
}

async function hasWorkflows(db: Db, procedureId: string): Promise<boolean> {
  const row = await db
    .selectFrom("workflow")
    .select("id")
    .where("procedure_id", "=", procedureId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The codes listed as updated since they were last imported (or never imported), in list order. */
async function updatedSinceLastSync(
  db: Db,
  list: { MaTTHC: string; NgayCapNhat: string }[],
): Promise<string[]> {
  const codes = list.map((p) => p.MaTTHC);
  const states = codes.length
    ? await db.selectFrom("procedure_sync_state").selectAll().where("code", "in", codes).execute()
    : [];
  const lastOf = new Map(states.map((s) => [s.code, s.portal_updated_at.getTime()]));
  return list
    .filter((p) => {
      const last = lastOf.get(p.MaTTHC);
      const updated = parsePortalDate(p.NgayCapNhat);
      return last === undefined || updated === null || updated > last;
    })
    .map((p) => p.MaTTHC);
}

async function rememberSynced(db: Db, national: ThuTucQuocGia, now: number): Promise<void> {
  const updated = parsePortalDate(national.NgayCapNhat);
  if (updated === null) return;
  const values = { portal_updated_at: new Date(updated), synced_at: new Date(now) };
  await db
    .insertInto("procedure_sync_state")
    .values({ code: national.MaTTHC, ...values })
    .onConflict((conflict) => conflict.column("code").doUpdateSet(values))
    .execute();
}

function dateOrNull(instant: number | null): Date | null {
  return instant === null ? null : new Date(instant);
}
