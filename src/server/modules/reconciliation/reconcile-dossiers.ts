import { z } from "zod";
import type { StartReconciliation } from "../../../contracts/reconciliation.ts";
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberFromIso,
  instantAt,
  localDayNumber,
  localIsoDate,
} from "../../../domain/calendar/dates.ts";
import { nationalStatusCode } from "../../../domain/dossier/national-status.ts";
import type { Db } from "../../db/database.ts";
import type { SyncTrigger } from "../../db/schema/procedure-sync.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import { stateOf } from "../dossiers/dossier-store.ts";
import { type PortalClient, PortalError } from "../national-portal/portal-client.ts";
import { NATIONAL_PORTAL } from "../national-portal/portal-switch.ts";
import { parsePortalDate, portalDate, SERVICES } from "../national-portal/wire.ts";
import { closeRun, openRun } from "../procedure-sync/sync-runs.ts";
import { type MessagesState, type Mismatch, mismatchOf } from "./mismatch-cause.ts";

/**
 * INT-1: the reconciliation with the national portal. A run takes motcua's dossiers submitted in a
 * period (not test dossiers, not cancelled ones: those the portal should know with a status),
 * asks the portal what it holds of them (`TraCuuHoSo` by codes, 100 at a time) and compares the
 * status with the national status of the dossier's state (national-status.ts); then asks the
 * portal for its dossiers of the period and lists those motcua does not have. Each mismatch is
 * stored with its likely cause (mismatch-cause.ts); counts are kept per receiving agency and
 * month. Progress (`checked` of `total`) is written after each batch.
 */
const BATCH = 100;

const LookedUp = z.array(
  z.object({
    MaHoSo: z.string(),
    MaHoSoQG: z.string().default(""),
    CoQuanTiepNhan: z.string().default(""),
    TrangThaiHoSo: z.number().int(),
    NgayTiepNhan: z.string().default(""),
    NgayCapNhat: z.string().default(""),
    NguonCapNhat: z.enum(["dong_bo", "cong_quoc_gia"]),
  }),
);
type LookedUp = z.infer<typeof LookedUp>[number];

export interface ReconciliationStart {
  readonly trigger: SyncTrigger;
  readonly officerId: string | null;
  readonly period: StartReconciliation;
}

/** Opens a run over the period (default: from the first day of last month to today). */
export function openReconciliation(db: Db, start: ReconciliationStart, clock: Clock): Promise<string> {
  const startedAt = new Date(clock());
  const today = localIsoDate(startedAt.getTime());
  const { year, month } = civilFromDayNumber(localDayNumber(startedAt.getTime()));
  const lastMonth = dayNumberFromCivil(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 1);
  const from = start.period.from ?? localIsoDate(instantAt(lastMonth, 0));
  // The later of the two ISO dates (a period starting in the future ends where it starts).
  const to = start.period.to ?? (from.localeCompare(today) > 0 ? from : today);
  return openRun(
    db,
    "reconciliation_run",
    startedAt,
    async () => {
      const row = await db
        .insertInto("reconciliation_run")
        .values({
          trigger: start.trigger,
          started_by: start.officerId,
          started_at: startedAt,
          period_from: from,
          period_to: to,
          error: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      noteAudit({ objectType: "reconciliation_run", objectId: row.id, detail: { from, to } });
      return row.id;
    },
    "Đang có một lần đối soát chạy; hãy chờ nó xong.",
  );
}

/** Does the work of an opened run and closes it (failed when the portal cannot be reached). */
export async function runReconciliation(
  db: Db,
  portal: PortalClient,
  runId: string,
  clock: Clock,
): Promise<void> {
  let failure: unknown = null;
  try {
    await reconcile(db, portal, runId);
  } catch (error) {
    failure = error;
  }
  await closeRun(db, "reconciliation_run", runId, clock(), failure);
}

interface Counts {
  checked: number;
  matched: number;
}

async function reconcile(db: Db, portal: PortalClient, runId: string): Promise<void> {
  const run = await db
    .selectFrom("reconciliation_run")
    .select((eb) => [
      eb.cast<string>("period_from", "text").as("from"),
      eb.cast<string>("period_to", "text").as("to"),
    ])
    .where("id", "=", runId)
    .executeTakeFirstOrThrow();
  const from = instantAt(dayNumberFromIso(run.from), 0);
  const to = instantAt(dayNumberFromIso(run.to) + 1, 0);
  const inPeriod = db
    .selectFrom("dossier as d")
    .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
    .where("d.is_test", "=", false)
    .where("d.cancelled", "=", false)
    .where("d.submitted_at", ">=", new Date(from))
    .where("d.submitted_at", "<", new Date(to));
  const { total } = await inPeriod
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  await db
    .updateTable("reconciliation_run")
    .set({ total: Number(total) })
    .where("id", "=", runId)
    .execute();

  const counts = new Map<string, Counts>();
  const seen = new Set<string>();
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await inPeriod
      .select(["d.id", "d.code", "d.national_code", "d.state", "d.submitted_at", "a.code as agency_code"])
      .where("d.id", ">", after)
      .orderBy("d.id")
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    const onPortal = new Map(
      (await lookUp(portal, { MaHoSo: rows.map((r) => r.code) })).map((r) => [r.MaHoSo, r]),
    );
    const messages = await messagesOf(
      db,
      rows.map((r) => r.id),
    );
    const found: MismatchRow[] = [];
    for (const row of rows) {
      seen.add(row.code);
      const expected = nationalStatusCode(stateOf(row));
      if (expected === null) continue;
      const month = localIsoDate(row.submitted_at.getTime()).slice(0, 7);
      const portalView = onPortal.get(row.code);
      const mismatch = mismatchOf(expected, portalView, messages.get(row.id) ?? { kind: "none" });
      tally(counts, row.agency_code, month, mismatch === null);
      if (mismatch)
        found.push(
          mismatchRow(runId, mismatch, {
            dossierId: row.id,
            code: row.code,
            nationalCode: row.national_code ?? (portalView?.MaHoSoQG || null),
            agencyCode: row.agency_code,
            month,
            motcuaStatus: expected,
            portalStatus: portalView?.TrangThaiHoSo ?? null,
          }),
        );
    }
    await recordBatch(db, runId, rows.length, found);
  }
  await recordMissingInMotcua(db, portal, runId, seen, counts, { from, to });
  await db.transaction().execute(async (trx) => {
    const values = [...counts].map(([key, c]) => {
      const [agency_code = "", month = ""] = key.split("|");
      return { run_id: runId, agency_code, month, ...c };
    });
    if (values.length > 0) await trx.insertInto("reconciliation_count").values(values).execute();
  });
}

/** Dossiers the portal holds for the period that motcua does not have (by code or national code). */
async function recordMissingInMotcua(
  db: Db,
  portal: PortalClient,
  runId: string,
  seen: Set<string>,
  counts: Map<string, Counts>,
  period: { from: number; to: number },
): Promise<void> {
  const held = await lookUp(portal, {
    TuNgay: portalDate(period.from),
    DenNgay: portalDate(period.to - 1000),
  });
  const unseen = held.filter((r) => !seen.has(r.MaHoSo));
  for (let i = 0; i < unseen.length; i += BATCH) {
    const batch = unseen.slice(i, i + BATCH);
    const codes = batch.map((r) => r.MaHoSo).filter(Boolean);
    const nationalCodes = batch.map((r) => r.MaHoSoQG).filter(Boolean);
    const known = await db
      .selectFrom("dossier")
      .select(["code", "national_code"])
      .where((eb) =>
        eb.or([
          ...(codes.length ? [eb("code", "in", codes)] : []),
          ...(nationalCodes.length ? [eb("national_code", "in", nationalCodes)] : []),
          eb.lit(false),
        ]),
      )
      .execute();
    const knownCodes = new Set(known.flatMap((k) => [k.code, k.national_code ?? ""]).filter(Boolean));
    const found = batch
      .filter((r) => !knownCodes.has(r.MaHoSo) && !knownCodes.has(r.MaHoSoQG))
      .map((r) => {
        const month = monthOfPortal(r);
        tally(counts, r.CoQuanTiepNhan, month, false);
        return mismatchRow(
          runId,
          { cause: "missing_in_motcua", detail: null },
          {
            dossierId: null,
            code: r.MaHoSo || r.MaHoSoQG,
            nationalCode: r.MaHoSoQG || null,
            agencyCode: r.CoQuanTiepNhan,
            month,
            motcuaStatus: null,
            portalStatus: r.TrangThaiHoSo,
          },
        );
      });
    await recordBatch(db, runId, 0, found);
  }
}

function monthOfPortal(record: LookedUp): string {
  const at = parsePortalDate(record.NgayTiepNhan) ?? parsePortalDate(record.NgayCapNhat);
  return at === null ? "0000-00" : localIsoDate(at).slice(0, 7);
}

async function lookUp(portal: PortalClient, body: Record<string, unknown>): Promise<LookedUp[]> {
  const answer = await portal.call(SERVICES.lookUpDossiers, body);
  const parsed = LookedUp.safeParse(answer.result);
  if (!parsed.success)
    throw new PortalError("Cổng DVCQG trả lời tra cứu hồ sơ không đúng định dạng", false, "invalid_answer");
  return parsed.data;
}

/**
 * The state of each dossier's portal messages: a parked one (it blocks the rest), else one still
 * queued (its last error), else delivered (or discarded), else none.
 */
async function messagesOf(db: Db, dossierIds: string[]): Promise<Map<string, MessagesState>> {
  const rows = await db
    .selectFrom("outbox_message")
    .select(["ordering_key", "status", "last_error"])
    .where("destination", "=", NATIONAL_PORTAL)
    .where("ordering_key", "in", dossierIds)
    .orderBy("seq")
    .execute();
  const states = new Map<string, MessagesState>();
  const rank = { none: 0, delivered: 1, waiting: 2, parked: 3 } as const;
  for (const row of rows) {
    const state: MessagesState =
      row.status === "parked"
        ? { kind: "parked", error: row.last_error }
        : row.status === "queued"
          ? { kind: "waiting", error: row.last_error }
          : { kind: "delivered" };
    const current = states.get(row.ordering_key);
    if (!current || rank[state.kind] > rank[current.kind]) states.set(row.ordering_key, state);
  }
  return states;
}

type MismatchRow = ReturnType<typeof mismatchRow>;

function mismatchRow(
  runId: string,
  mismatch: Mismatch,
  d: {
    dossierId: string | null;
    code: string;
    nationalCode: string | null;
    agencyCode: string;
    month: string;
    motcuaStatus: number | null;
    portalStatus: number | null;
  },
) {
  return {
    run_id: runId,
    dossier_id: d.dossierId,
    dossier_code: d.code,
    national_code: d.nationalCode,
    agency_code: d.agencyCode,
    month: d.month,
    cause: mismatch.cause,
    motcua_status: d.motcuaStatus,
    portal_status: d.portalStatus,
    detail: mismatch.detail,
  };
}

function tally(counts: Map<string, Counts>, agencyCode: string, month: string, matched: boolean): void {
  const key = `${agencyCode}|${month}`;
  const c = counts.get(key) ?? { checked: 0, matched: 0 };
  c.checked += 1;
  if (matched) c.matched += 1;
  counts.set(key, c);
}

/** One batch's mismatches and progress, in one transaction. */
async function recordBatch(db: Db, runId: string, checked: number, found: MismatchRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (found.length > 0) await trx.insertInto("reconciliation_mismatch").values(found).execute();
    await trx
      .updateTable("reconciliation_run")
      .set((eb) => ({
        checked: eb("checked", "+", checked),
        matched: eb("matched", "+", checked - found.filter((f) => f.dossier_id !== null).length),
        mismatched: eb("mismatched", "+", found.length),
      }))
      .where("id", "=", runId)
      .execute();
  });
}
