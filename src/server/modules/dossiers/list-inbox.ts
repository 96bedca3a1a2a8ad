import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { InboxBox, InboxCounts, InboxPage, InboxQuery, InboxRow } from "../../../contracts/dossiers.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import {
  type DossierStatus,
  INTERRUPTION_STATUSES,
  inboxTimeOf,
  overdueSubDeadlines,
  STATUS_LABELS,
  SUB_DEADLINE_RULES,
  type SubDeadlineKind,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierRow, DossierTable } from "../../db/schema/dossiers.ts";
import type { Database, Role } from "../../db/schema.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { currentOrPendingStep, stateOf } from "./dossier-store.ts";
import { iso, isoOrNull } from "./dossier-view.ts";

/**
 * The officer's inbox (REC-3, PRC-9): the dossiers waiting for them, by box, from the row
 * columns that say who must act next (`holder_role` at `holder_agency_id`, a role they hold over
 * that agency or unit, roles covering their subtree) and the due the holder works against
 * (`inbox_due_at`, indexed with the agency and the status). Only the page's rows are read in full;
 * their time is the domain's (`inboxTimeOf`) with the receiving agency's calendar at `now`, and
 * the overdue and due-soon boxes compare `now` with the instants where that classification
 * changes, stored on the row with the same calendar (job-columns.ts), so that they agree (CAL-9).
 *
 * - to_receive: online dossiers to accept (REC-3) and received ones to hand over (one-stop);
 * - to_process: at a step of the officer's (unassigned or assigned to them), transfers to accept,
 *   approved results to issue, withdrawals forwarded to the agency to decide (WDR-3) and allowed
 *   ones whose papers it must send back (WDR-4);
 * - to_approve: awaiting the leader's approval;
 * - to_return: results at the one-stop to confirm, results ready to return;
 * - overdue / due_soon: open dossiers the officer holds or oversees (leaders: their agency's;
 *   one-stop: their reception's) whose due has passed / comes within the PRC-7 warning period
 *   (REC-3: within 2 working hours of the acceptance due, past it a breach); overdue also takes
 *   those with an open withdrawal or cancellation sub-deadline past its due (WDR-2..4, CAN-2),
 *   which their rows name.
 */

type Eb = ExpressionBuilder<Database & { d: DossierTable }, "d">;

/** The agencies each of the officer's roles covers (its scope agencies and everything below). */
async function officerScope(db: Db, officerId: string): Promise<Map<Role, string[]>> {
  const { rows } = await sql<{ role: Role; ids: string[] }>`
    WITH RECURSIVE down (role, id) AS (
      SELECT r.role, r.scope_agency_id FROM officer_role r WHERE r.officer_id = ${officerId}
      UNION
      SELECT down.role, a.id FROM agency a JOIN down ON a.parent_id = down.id
    )
    SELECT role, array_agg(id) AS ids FROM down GROUP BY role`.execute(db);
  return new Map(rows.map((row) => [row.role, row.ids]));
}

const BOX_STATUSES: Record<"to_receive" | "to_process" | "to_approve" | "to_return", DossierStatus[]> = {
  to_receive: ["awaiting_acceptance", "received"],
  to_process: [
    "in_processing",
    "transferred",
    "approved",
    "withdrawal_requested",
    "withdrawal_forwarded",
    "withdrawal_allowed",
  ],
  to_approve: ["awaiting_approval", "cancellation_requested"],
  to_return: ["result_at_one_stop", "result_ready", "withdrawal_papers_returned"],
};

interface Context {
  officerId: string;
  scope: Map<Role, string[]>;
  now: Date;
}

/**
 * The officer holds the dossier: the role it waits for, over the agency or unit it waits at; a
 * step assigned to someone is held by them only.
 */
function holds(eb: Eb, ctx: Context): Expression<SqlBool> {
  const seats = [...ctx.scope].map(([role, ids]) =>
    eb.and([
      eb("d.holder_role", "=", role),
      eb("d.holder_agency_id", "=", eb.fn<string>("any", [eb.val(ids)])),
    ]),
  );
  if (seats.length === 0) return eb.val(false);
  return eb.and([
    eb.or(seats),
    eb.or([eb("d.step_assignee_id", "is", null), eb("d.step_assignee_id", "=", ctx.officerId)]),
  ]);
}

/** The officer holds it, or oversees it (a leader's agency, a one-stop's reception). */
function sees(eb: Eb, ctx: Context): Expression<SqlBool> {
  const conditions = [holds(eb, ctx)];
  const leader = ctx.scope.get("agency_leader");
  if (leader) {
    conditions.push(eb("d.processing_agency_id", "=", eb.fn<string>("any", [eb.val(leader)])));
    conditions.push(eb("d.receiving_agency_id", "=", eb.fn<string>("any", [eb.val(leader)])));
  }
  const oneStop = ctx.scope.get("one_stop_officer");
  if (oneStop) conditions.push(eb("d.receiving_agency_id", "=", eb.fn<string>("any", [eb.val(oneStop)])));
  return eb.or(conditions);
}

/** The sub-deadlines an inbox marks overdue (REC-3's is the acceptance due, PAU-2's has its job). */
const INBOX_SUB_DEADLINES = [
  "withdrawal_forward",
  "withdrawal_decision",
  "withdrawal_papers",
  "cancellation_review",
] as const satisfies readonly SubDeadlineKind[];

/** The open ones of INBOX_SUB_DEADLINES past `$now`, as a JSON path over `state->'subDeadlines'`. */
const OVERDUE_SUB_DEADLINE_PATH = `$[*] ? (@.closedAt == null && @.due < $now && (${INBOX_SUB_DEADLINES.map(
  (kind) => `@.kind == "${kind}"`,
).join(" || ")}))`;

/**
 * An open sub-deadline of INBOX_SUB_DEADLINES past its due. They are open only while a withdrawal
 * or a cancellation is under way: the status is checked first, so only those rows' state is read
 * (a path test, not a subquery, so that the counts stay parallel).
 */
function subDeadlineOverdue(eb: Eb, ctx: Context): Expression<SqlBool> {
  return eb.and([
    eb("d.status", "in", [...INTERRUPTION_STATUSES]),
    sql<SqlBool>`jsonb_path_exists(d.state->'subDeadlines', ${OVERDUE_SUB_DEADLINE_PATH}::jsonpath,
      jsonb_build_object('now', ${ctx.now.getTime()}::bigint))`,
  ]);
}

function boxCondition(eb: Eb, box: InboxBox, ctx: Context): Expression<SqlBool> {
  switch (box) {
    case "to_process":
    case "to_receive":
    case "to_approve":
    case "to_return":
      return eb.and([eb("d.status", "in", BOX_STATUSES[box]), holds(eb, ctx)]);
    case "overdue":
      return eb.and([
        eb("d.closed_at", "is", null),
        eb.or([eb("d.inbox_due_at", "<", ctx.now), subDeadlineOverdue(eb, ctx)]),
        sees(eb, ctx),
      ]);
    case "due_soon":
      // A running clock without a warning instant was warned for this due, hence is within its period.
      return eb.and([
        eb("d.closed_at", "is", null),
        eb("d.inbox_due_at", ">=", ctx.now),
        eb.or([
          eb("d.late_warning_at", "<=", ctx.now),
          eb.and([eb("d.late_warning_at", "is", null), eb("d.status", "<>", "awaiting_acceptance")]),
        ]),
        sees(eb, ctx),
      ]);
  }
}

async function contextOf(db: Db, officer: { id: string }, now: number): Promise<Context> {
  return { officerId: officer.id, scope: await officerScope(db, officer.id), now: new Date(now) };
}

/**
 * The words of an inbox search (at most 8) that have a letter or digit: folding (catalog_fold)
 * turns everything else, LIKE's wildcards included, into spaces.
 */
function searchWords(q: string | undefined): string[] {
  return (q ?? "")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 8);
}

/** A word of the dossier's code, applicant or procedure begins with the word, diacritics and case ignored. */
function containsWord(word: string) {
  const haystack = sql`catalog_fold(d.code || ' ' || d.applicant_name || ' ' || coalesce(d.state->'procedure'->>'code', '') || ' ' || coalesce(d.state->'procedure'->>'name', ''))`;
  return sql<SqlBool>`${haystack} LIKE '%' || rtrim(catalog_fold(${word})) || '%'`;
}

/**
 * The queries of a box: the page's ids in order, and the total. The page's ids come first, from
 * the narrow columns the indexes hold; rows are read in full only for them (sorting on the rows
 * with their state would detoast the state of every matching dossier).
 */
export async function inboxQueries(
  db: Db,
  officer: { id: string; agencyId: string },
  query: InboxQuery,
  now: number,
) {
  const ctx = await contextOf(db, officer, now);
  const words = searchWords(query.q);
  const where = (eb: Eb) => eb.and([boxCondition(eb, query.box, ctx), ...words.map(containsWord)]);
  let ids = db.selectFrom("dossier as d").select("d.id").where(where);
  if (query.sort === "received") ids = ids.orderBy(sql`d.received_at desc nulls last`).orderBy("d.id");
  else if (query.sort === "code") ids = ids.orderBy("d.code");
  else ids = ids.orderBy(sql`d.inbox_due_at asc nulls last`).orderBy("d.id");
  return {
    ids: ids.limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    total: db
      .selectFrom("dossier as d")
      .where(where)
      .select((eb) => eb.fn.countAll<number>().as("n")),
  };
}

export async function listInbox(
  db: Db,
  officer: { id: string; agencyId: string },
  query: InboxQuery,
  now: number,
): Promise<InboxPage> {
  const { ids, total: count } = await inboxQueries(db, officer, query, now);
  const [page, total] = await Promise.all([ids.execute(), count.executeTakeFirstOrThrow()]);
  const rows = page.length
    ? await pageRows(
        db,
        page.map((row) => row.id),
      )
    : [];
  const position = new Map(page.map((row, index) => [row.id, index]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const calendars = new Map<string, WorkingCalendar>();
  const calendarOf = async (agencyId: string) => {
    let calendar = calendars.get(agencyId);
    if (!calendar) {
      calendar = (await loadWorkingCalendar(db, agencyId)).calendar;
      calendars.set(agencyId, calendar);
    }
    return calendar;
  };
  const items: InboxRow[] = [];
  for (const row of rows) {
    const calendar = await calendarOf(row.receiving_agency_id);
    items.push(inboxRow(row, calendar, now));
  }
  return { box: query.box, items, page: query.page, pageSize: query.pageSize, total: Number(total.n) };
}

function pageRows(db: Db, ids: string[]): Promise<PageRow[]> {
  return db
    .selectFrom("dossier as d")
    .select(["d.id", "d.state", "d.receiving_agency_id"])
    .where("d.id", "in", ids)
    .execute();
}

type PageRow = Pick<DossierRow, "id" | "state" | "receiving_agency_id">;

function inboxRow(row: PageRow, calendar: WorkingCalendar, now: number): InboxRow {
  const dossier = stateOf(row);
  const time = inboxTimeOf(dossier, now, calendar);
  const step = ["in_processing", "transferred"].includes(dossier.status)
    ? currentOrPendingStep(dossier)
    : null;
  const lastWarning = dossier.lateWarnings[dossier.lateWarnings.length - 1];
  return {
    id: dossier.id,
    code: dossier.code,
    version: dossier.version,
    procedure: { code: dossier.procedure.code ?? null, name: dossier.procedure.name },
    applicantName: dossier.applicant.name,
    channel: dossier.channel,
    status: dossier.status,
    statusLabel: STATUS_LABELS[dossier.status as DossierStatus] ?? dossier.status,
    receivedAt: isoOrNull(dossier.receivedAt),
    due: isoOrNull(time.due),
    remainingMinutes: time.remainingMinutes,
    timeClass: time.timeClass,
    minutesPerDay: calendar.minutesPerDay,
    acceptance: time.acceptance && { ...time.acceptance, due: iso(time.acceptance.due) },
    step: step
      ? {
          index: step.index,
          name: dossier.workflow.steps[step.index]?.name ?? "",
          assigneeId: step.assigneeId,
        }
      : null,
    warnedAt: lastWarning && lastWarning.due === time.due ? iso(lastWarning.at) : null,
    overdueSubDeadlines: overdueSubDeadlines(dossier, now)
      .filter((entry) => (INBOX_SUB_DEADLINES as readonly string[]).includes(entry.kind))
      .map((entry) => ({
        kind: entry.kind,
        label: SUB_DEADLINE_RULES[entry.kind].label,
        rule: entry.rule,
        due: iso(entry.due),
      })),
  };
}

/** The number of dossiers in every box, in one query. */
export async function countInbox(
  db: Db,
  officer: { id: string; agencyId: string },
  now: number,
): Promise<InboxCounts> {
  const ctx = await contextOf(db, officer, now);
  const boxes = ["to_receive", "to_process", "to_approve", "to_return", "overdue", "due_soon"] as const;
  const row = await db
    .selectFrom("dossier as d")
    .where("d.closed_at", "is", null)
    .where((eb) => sees(eb, ctx))
    .select((eb) =>
      boxes.map((box) =>
        eb.fn
          .countAll<number>()
          .filterWhere(() => boxCondition(eb, box, ctx))
          .as(box),
      ),
    )
    .executeTakeFirstOrThrow();
  return {
    counts: {
      to_receive: Number(row.to_receive),
      to_process: Number(row.to_process),
      to_approve: Number(row.to_approve),
      to_return: Number(row.to_return),
      overdue: Number(row.overdue),
      due_soon: Number(row.due_soon),
    },
  };
}
