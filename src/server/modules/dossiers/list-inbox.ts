import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type {
  InboxBox,
  InboxCounts,
  InboxPage,
  InboxQuery,
  InboxRow,
  TimeClass,
} from "../../../contracts/dossiers.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { addDuration } from "../../../domain/deadline/add.ts";
import { type DeadlineClock, remainingAt } from "../../../domain/deadline/clock.ts";
import { type Duration, workingHours, workingMinutesOf } from "../../../domain/deadline/duration.ts";
import {
  DEFAULT_TIME_LIMITS,
  type DossierStatus,
  INTERRUPTION_STATUSES,
  overdueSubDeadlines,
  STATUS_LABELS,
  SUB_DEADLINE_RULES,
  type SubDeadline,
  type SubDeadlineKind,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierTable } from "../../db/schema/dossiers.ts";
import type { Database, Role } from "../../db/schema.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { iso, isoOrNull } from "./dossier-view.ts";

/**
 * The officer's inbox (REC-3, PRC-9): the dossiers waiting for them, by box, from the row
 * columns that say who must act next (`holder_role` at `holder_agency_id`, a role they hold over
 * that agency or unit, roles covering their subtree) and the due the holder works against
 * (`inbox_due_at`, indexed with the agency and the status). Only the page's rows are read in full;
 * their remaining working time is computed with the domain's clock and the receiving agency's
 * calendar at `now`.
 *
 * - to_receive: online dossiers to accept (REC-3) and received ones to hand over (one-stop);
 * - to_process: at a step of the officer's (unassigned or assigned to them), transfers to accept,
 *   approved results to issue, withdrawals forwarded to the agency to decide (WDR-3) and allowed
 *   ones whose papers it must send back (WDR-4);
 * - to_approve: awaiting the leader's approval;
 * - to_return: results at the one-stop to confirm, results ready to return;
 * - overdue / due_soon: open dossiers the officer holds or oversees (leaders: their agency's;
 *   one-stop: their reception's) whose due has passed / comes within the PRC-7 warning period
 *   (REC-3: within 2 working hours of the acceptance due); overdue also takes those with an open
 *   withdrawal or cancellation sub-deadline past its due (WDR-2..4, CAN-2), which their rows name.
 */

/** REC-3: warn this long before the 8 working hours to accept an online dossier run out. */
export const ACCEPTANCE_WARNING: Duration = workingHours(2);

type Eb = ExpressionBuilder<Database & { d: DossierTable }, "d">;

/** The agencies each of the officer's roles covers (its scope agencies and everything below). */
export async function officerScope(db: Db, officerId: string): Promise<Map<Role, string[]>> {
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
  /** PRC-7 warning period and REC-3 warning, as instants from now. */
  soon: Date;
  acceptanceSoon: Date;
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
      return eb.and([
        eb("d.closed_at", "is", null),
        eb("d.inbox_due_at", ">=", ctx.now),
        eb.or([
          eb.and([
            eb("d.status", "=", "awaiting_acceptance"),
            eb("d.inbox_due_at", "<=", ctx.acceptanceSoon),
          ]),
          eb.and([eb("d.status", "<>", "awaiting_acceptance"), eb("d.inbox_due_at", "<=", ctx.soon)]),
        ]),
        sees(eb, ctx),
      ]);
  }
}

async function contextOf(db: Db, officer: { id: string; agencyId: string }, now: number): Promise<Context> {
  const [scope, { calendar }] = await Promise.all([
    officerScope(db, officer.id),
    loadWorkingCalendar(db, officer.agencyId),
  ]);
  return {
    officerId: officer.id,
    scope,
    now: new Date(now),
    soon: new Date(addDuration(calendar, now, DEFAULT_TIME_LIMITS.lateWarning)),
    acceptanceSoon: new Date(addDuration(calendar, now, ACCEPTANCE_WARNING)),
  };
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

function pageRows(db: Db, ids: string[]): Promise<(PageRow & { receiving_agency_id: string })[]> {
  return db
    .selectFrom("dossier as d")
    .select([
      "d.id",
      "d.code",
      "d.version",
      "d.channel",
      "d.status",
      "d.applicant_name",
      "d.received_at",
      "d.inbox_due_at",
      "d.acceptance_due_at",
      "d.step_index",
      "d.step_assignee_id",
      "d.receiving_agency_id",
      sql<DeadlineClock | null>`d.state->'clock'`.as("clock"),
      sql<Duration | null>`d.state->'limits'->'lateWarning'`.as("late_warning"),
      sql<{ at: number; due: number } | null>`d.state->'lateWarnings'->-1`.as("last_warning"),
      sql<SubDeadline[]>`d.state->'subDeadlines'`.as("sub_deadlines"),
      sql<string>`d.state->'procedure'->>'name'`.as("procedure_name"),
      sql<string | null>`d.state->'procedure'->>'code'`.as("procedure_code"),
      sql<string | null>`d.state->'workflow'->'steps'->d.step_index->>'name'`.as("step_name"),
    ])
    .where("d.id", "in", ids)
    .execute();
}

interface PageRow {
  id: string;
  code: string;
  version: number;
  channel: InboxRow["channel"];
  status: string;
  applicant_name: string;
  received_at: Date | null;
  inbox_due_at: Date | null;
  acceptance_due_at: Date | null;
  step_index: number | null;
  step_assignee_id: string | null;
  clock: DeadlineClock | null;
  late_warning: Duration | null;
  last_warning: { at: number; due: number } | null;
  sub_deadlines: SubDeadline[];
  procedure_name: string;
  procedure_code: string | null;
  step_name: string | null;
}

function inboxRow(row: PageRow, calendar: WorkingCalendar, now: number): InboxRow {
  const minutesUntil = (due: number) =>
    due >= now ? calendar.workingMinutesBetween(now, due) : -calendar.workingMinutesBetween(due, now);
  let remainingMinutes: number | null = null;
  let timeClass: TimeClass = "none";
  let acceptance: InboxRow["acceptance"] = null;
  if (row.status === "awaiting_acceptance" && row.acceptance_due_at) {
    const left = minutesUntil(row.acceptance_due_at.getTime());
    const warning = left >= 0 && left <= workingMinutesOf(calendar, ACCEPTANCE_WARNING);
    acceptance = {
      due: row.acceptance_due_at.toISOString(),
      remainingMinutes: left,
      warning,
      late: left < 0,
    };
    remainingMinutes = left;
    timeClass = left < 0 ? "overdue" : warning ? "due_soon" : "ok";
  } else if (row.inbox_due_at && row.clock) {
    remainingMinutes = remainingAt(calendar, row.clock, now);
    const window = workingMinutesOf(calendar, row.late_warning ?? DEFAULT_TIME_LIMITS.lateWarning);
    timeClass = remainingMinutes < 0 ? "overdue" : remainingMinutes <= window ? "due_soon" : "ok";
  }
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    applicantName: row.applicant_name,
    channel: row.channel,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status as DossierStatus] ?? row.status,
    receivedAt: isoOrNull(row.received_at?.getTime()),
    due: isoOrNull(row.inbox_due_at?.getTime()),
    remainingMinutes,
    timeClass,
    acceptance,
    step:
      row.step_index !== null
        ? { index: row.step_index, name: row.step_name ?? "", assigneeId: row.step_assignee_id }
        : null,
    warnedAt:
      row.last_warning && row.last_warning.due === row.inbox_due_at?.getTime()
        ? iso(row.last_warning.at)
        : null,
    overdueSubDeadlines: overdueSubDeadlines({ subDeadlines: row.sub_deadlines }, now)
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
