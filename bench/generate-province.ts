/**
 * A province-sized data set for the benchmarks (issue 13): `generateProvince(db, { dossiers })`
 * fills the dossier table of a database holding the demo data with a year of dossiers (the 365
 * days before `now`) of every agency that has an approved workflow, in every state.
 *
 * Usage:   DATABASE_URL=postgres://… npx tsx bench/generate-province.ts [count]
 *          or `import { generateProvince }` from a benchmark.
 *
 * How, and why it is fast:
 * 1. A few thousand TEMPLATES are built by the lifecycle itself (src/domain/dossier), each a
 *    whole life at its own times: received in a week of the year (Monday peak, office hours for
 *    the counter and post, any hour online with acceptance in office hours), handed through the
 *    workflow's steps, and ended as the distribution below says (early, on the due day, late,
 *    late with an apology, paused for fees then resumed, returned for a supplement then
 *    resubmitted, withdrawn, a counter duplicate cancelled, test dossiers, online dossiers refused
 *    or never accepted, and a backlog that never ends); every command after `now` is left out, so
 *    recent dossiers are still open. Templates are saved with the columns the store derives from
 *    their state (dossier-store.ts `derivedColumns`), into a side table.
 * 2. ONE `INSERT … SELECT` over `generate_series` clones them to the requested count inside
 *    PostgreSQL: each clone gets its own id, a code numbered per agency and day (CODE-1, after the
 *    demo dossiers' numbers) and an applicant name, written into the state as well (`jsonb_set`),
 *    so every row is a valid domain state whose columns agree with it. No events are written (a
 *    dossier page shows an empty history for them).
 */
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { MS_PER_DAY } from "../src/domain/calendar/dates.ts";
import type { WorkingCalendar } from "../src/domain/calendar/working-calendar.ts";
import {
  type Actor,
  allowedCommands,
  applicant,
  type Command,
  type Dossier,
  formatDossierCode,
  officer,
  system,
  transition,
} from "../src/domain/dossier/index.ts";
import { dueInForce } from "../src/domain/dossier/timing.ts";
import { DomainError } from "../src/domain/errors.ts";
import { createDb, type Db } from "../src/server/db/database.ts";
import { loadWorkingCalendar } from "../src/server/modules/calendar/load-working-calendar.ts";
import { getPublishedVersion } from "../src/server/modules/catalog/get-procedure-version.ts";
import { derivedColumns, storable } from "../src/server/modules/dossiers/dossier-store.ts";
import {
  procedureInput,
  requireWorkflowInForce,
  type WorkflowInForce,
} from "../src/server/modules/dossiers/new-dossier-input.ts";

const HOUR = 3_600_000;
const DAY = MS_PER_DAY;

/** How the templates' lives end, with their share of the dossiers. */
const ENDINGS = [
  ["early", 0.4],
  ["on_due_day", 0.24],
  ["late", 0.07],
  ["late_with_apology", 0.02],
  ["paused_then_resumed", 0.04],
  ["supplement_then_resumed", 0.04],
  ["withdrawn", 0.02],
  ["cancelled_duplicate", 0.01],
  ["test", 0.005],
  ["online_refused", 0.01],
  ["online_never_accepted", 0.005],
  ["backlog", 0.13],
] as const;
type Ending = (typeof ENDINGS)[number][0];

/** Reception weekday (Monday first): the Monday-morning peak of the one-stop offices. */
const WEEKDAY_SHARES = [0.3, 0.2, 0.18, 0.17, 0.15];
const CHANNELS = [
  ["online", 0.55],
  ["counter", 0.4],
  ["post", 0.05],
] as const;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dung",
  "Hà",
  "Hải",
  "Hoa",
  "Hùng",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phương",
];

/** mulberry32: a small seeded PRNG so that every run builds the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  let x = random() * items.reduce((sum, [, share]) => sum + share, 0);
  for (const [item, share] of items) {
    x -= share;
    if (x < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

interface Line {
  /** The workflow's agency (competent agency) and the agencies that receive for it. */
  agency: { id: string; code: string };
  receivers: { id: string; code: string }[];
  procedure: { id: string; version: number; input: ReturnType<typeof procedureInput> };
  workflow: WorkflowInForce;
}

interface Context {
  calendar: WorkingCalendar;
  lines: Line[];
  citizenId: string;
  now: number;
  random: () => number;
}

/** One life, command by command; a command after `now` (or refused) ends it where it is. */
class Life {
  dossier: Dossier;
  last: number;
  open = true;

  constructor(
    private readonly ctx: Context,
    first: Command,
    at: number,
  ) {
    const result = transition(null, first, at, ctx.calendar);
    if (result instanceof DomainError) throw new Error(`${first.type}: ${result.code} ${result.message}`);
    this.dossier = result.dossier;
    this.last = at;
  }

  /** Applies `command` at `at` (not before the last command); false once the life is over. */
  apply(command: Command, at: number): boolean {
    if (!this.open) return false;
    const when = Math.max(at, this.last + 60_000);
    if (when > this.ctx.now) {
      this.open = false;
      return false;
    }
    const result = transition(this.dossier, command, when, this.ctx.calendar);
    if (result instanceof DomainError) {
      this.open = false;
      return false;
    }
    this.dossier = result.dossier;
    this.last = when;
    return true;
  }

  stepOfficer(): Actor {
    const step = this.dossier.step;
    const role = this.dossier.workflow.steps[step?.index ?? 0]?.role ?? "specialist";
    return officer(randomUUID(), role, step?.unitId ?? this.dossier.receivingAgencyId);
  }

  leader(): Actor {
    return officer(
      randomUUID(),
      "agency_leader",
      this.dossier.processingAgencyId ?? this.dossier.receivingAgencyId,
    );
  }

  /** Through the steps to the result at the one-stop, the commands spread evenly until `until`. */
  toOneStop(oneStop: Actor, until: number): void {
    const gap = Math.max(60_000, (until - this.last) / 6);
    if (this.dossier.status === "received")
      this.apply({ type: "hand_over", actor: oneStop }, this.last + gap);
    for (let guard = 0; this.open && this.dossier.status === "in_processing" && guard < 12; guard += 1) {
      const actor = this.stepOfficer();
      const next = this.last + gap;
      const submit = allowedCommands(this.dossier, actor, next, this.ctx.calendar).includes(
        "submit_for_approval",
      );
      this.apply({ type: submit ? "submit_for_approval" : "hand_over", actor }, next);
    }
    const leader = this.leader();
    this.apply({ type: "approve", actor: leader }, this.last + gap);
    this.apply(
      { type: "upload_result", actor: leader, documentNumber: "12/KQ", fileRef: "bench" },
      this.last + 60_000,
    );
    this.apply({ type: "send_result", actor: leader }, this.last + 60_000);
  }
}

/** A reception instant in week `week` (0 = the oldest), by channel. */
function receptionTime(ctx: Context, week: number, online: boolean): number {
  const { random, calendar } = ctx;
  const weekStart = ctx.now - 365 * DAY + week * 7 * DAY;
  const monday = weekStart - ((Math.floor((weekStart + 7 * HOUR) / DAY) + 3) % 7) * DAY;
  if (online) return monday + random() * 7 * DAY;
  const weekday = weighted(
    random,
    WEEKDAY_SHARES.map((share, index) => [index, share] as const),
  );
  const day = Math.floor((monday + 7 * HOUR) / DAY) * DAY - 7 * HOUR + weekday * DAY;
  return calendar.nextWorkingInstant(day + 7 * HOUR + random() * 10 * HOUR);
}

function buildTemplate(ctx: Context, index: number, previousCode: string | null): Dossier | null {
  const { random, calendar } = ctx;
  const line = ctx.lines[index % ctx.lines.length] as Line;
  const receiver = line.receivers[Math.floor(random() * line.receivers.length)] ?? line.agency;
  const ending: Ending = weighted(random, ENDINGS);
  const channel = ending.startsWith("online_")
    ? "online"
    : ending === "cancelled_duplicate"
      ? "counter"
      : weighted(random, CHANNELS);
  const online = channel === "online";
  const week = Math.min(52, Math.floor(random() * 53));
  const submitted = receptionTime(ctx, week, online);
  if (submitted > ctx.now) return null;
  const oneStop = officer(randomUUID(), "one_stop_officer", receiver.id);
  const base = {
    dossierId: randomUUID(),
    code: formatDossierCode(receiver.code, submitted, 1 + index),
    receivingAgency: { id: receiver.id, identifier: receiver.code },
    procedure: line.procedure.input,
    workflow: line.workflow.input,
    applicant: {
      kind: "individual" as const,
      name: "Người nộp mẫu",
      idNumber: "038090000000",
      phone: "0912345678",
      email: null,
      address: "Tỉnh Thanh Hóa",
    },
    resultDelivery: "counter" as const,
    documents: ["Đơn đề nghị (1 bản chính)"],
    test: ending === "test" ? { assignmentRef: "Quyết định phân công kiểm thử" } : null,
  };
  const life = new Life(
    ctx,
    online
      ? {
          ...base,
          type: "submit_online",
          actor: applicant(ctx.citizenId),
          eFormRef: "form:bench",
          signature: {
            fileId: "00000000-0000-4000-8000-000000000000",
            commonName: "Bench",
            issuer: "Bench CA",
          },
        }
      : { ...base, type: "receive", actor: oneStop, channel, outcome: { kind: "complete" } },
    submitted,
  );
  if (online) {
    const accept = calendar.nextWorkingInstant(submitted) + random() * 4 * HOUR;
    if (ending === "online_never_accepted") return life.dossier;
    if (ending === "online_refused") {
      life.apply({ type: "refuse_reception", actor: oneStop, reason: "Hồ sơ không hợp lệ" }, accept);
      return life.dossier;
    }
    life.apply({ type: "accept_online", actor: oneStop }, accept);
  }
  const received = life.last;
  const due = dueInForce(life.dossier, calendar) ?? received + 10 * DAY;
  const span = Math.max(HOUR, due - received);
  life.apply({ type: "hand_over", actor: oneStop }, received + random() * 2 * HOUR);
  switch (ending) {
    case "backlog":
      return life.dossier;
    case "withdrawn":
      life.apply(
        { type: "request_withdrawal", actor: oneStop, reason: "Không còn nhu cầu", letterRef: "don-rut.pdf" },
        received + random() * span,
      );
      life.apply({ type: "forward_withdrawal", actor: oneStop }, life.last + HOUR);
      life.apply({ type: "allow_withdrawal", actor: life.stepOfficer(), papersBack: false }, life.last + DAY);
      return life.dossier;
    case "cancelled_duplicate":
      life.apply(
        {
          type: "request_cancellation",
          actor: oneStop,
          ground: "duplicate",
          reason: "Nhập trùng",
          duplicateCodes: [previousCode ?? base.code],
        },
        life.last + HOUR,
      );
      life.apply(
        { type: "approve_cancellation", actor: officer(randomUUID(), "procedure_control", receiver.id) },
        life.last + DAY,
      );
      return life.dossier;
    case "paused_then_resumed":
      life.apply(
        { type: "pause", actor: life.stepOfficer(), reason: "fees", proofRef: "tb-phi", feeAmount: 500_000 },
        received + random() * span * 0.5,
      );
      life.apply(
        { type: "record_payment", actor: system("bench"), amount: 500_000, reference: "BL" },
        life.last + random() * 5 * DAY,
      );
      life.apply({ type: "resume", actor: system("bench") }, life.last + HOUR);
      break;
    case "supplement_then_resumed":
      life.apply(
        {
          type: "return_for_supplement",
          actor: life.stepOfficer(),
          reason: "Thiếu giấy tờ",
          items: ["Bản sao"],
        },
        life.last + HOUR,
      );
      life.apply(
        { type: "receive_supplement", actor: oneStop, documents: ["Bản sao"] },
        life.last + random() * 7 * DAY,
      );
      break;
    case "late_with_apology":
      life.apply(
        {
          type: "issue_apology",
          actor: life.leader(),
          reason: "Chờ ý kiến cơ quan phối hợp",
          newDue: due + 5 * DAY,
        },
        received + span * 0.5,
      );
      break;
    default:
      break;
  }
  const dueNow = dueInForce(life.dossier, calendar) ?? due;
  const finishAt =
    ending === "late" || ending === "late_with_apology"
      ? dueNow + (1 + random() * 9) * DAY
      : ending === "on_due_day"
        ? dueNow - random() * HOUR
        : life.last + (0.2 + random() * 0.5) * Math.max(HOUR, dueNow - life.last);
  life.toOneStop(oneStop, finishAt - HOUR);
  life.apply({ type: "confirm_result", actor: oneStop, latenessReason: "Hồ sơ phức tạp" }, finishAt);
  life.apply({ type: "return_result", actor: oneStop }, finishAt + random() * 3 * DAY);
  if (ending !== "test" || random() < 0.5) return life.dossier;
  life.apply(
    { type: "request_cancellation", actor: oneStop, ground: "test", reason: "Kiểm thử" },
    life.last + DAY,
  );
  life.apply(
    { type: "approve_cancellation", actor: officer(randomUUID(), "procedure_control", receiver.id) },
    life.last + DAY,
  );
  return life.dossier;
}

async function loadContext(db: Db, now: number, random: () => number): Promise<Context> {
  const workflows = await db
    .selectFrom("workflow as w")
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .select(["w.procedure_id", "a.id", "a.code", "a.level"])
    .execute();
  const communes = await db
    .selectFrom("agency")
    .select(["id", "code"])
    .where("level", "=", "commune")
    .execute();
  const lines: Line[] = [];
  for (const row of workflows) {
    const version = await getPublishedVersion(db, row.procedure_id);
    const workflow = await requireWorkflowInForce(db, row.procedure_id, row.id, now).catch(() => null);
    if (!version || !workflow) continue;
    const agency = { id: row.id, code: row.code };
    lines.push({
      agency,
      // NĐ 118/2025: commune procedures are received at any commune of the province.
      receivers: row.level === "commune" ? communes : [agency],
      procedure: { id: row.procedure_id, version: version.version, input: procedureInput(version) },
      workflow,
    });
  }
  const { calendar } = await loadWorkingCalendar(db, null);
  const citizen = await db.selectFrom("citizen").select("id").executeTakeFirstOrThrow();
  return { calendar, lines, citizenId: citizen.id, now, random };
}

export interface ProvinceSummary {
  dossiers: number;
  templates: number;
  agencies: number;
  milliseconds: { templates: number; clone: number; analyze: number };
  byStatus: Record<string, number>;
}

/**
 * Adds `dossiers` dossiers received over the 365 days before `now` to a database with the demo
 * data (see the header). Deterministic for a given seed and `now`, except the ids.
 */
export async function generateProvince(
  db: Db,
  options: { dossiers: number; templates?: number; now?: number; seed?: number },
): Promise<ProvinceSummary> {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const ctx = await loadContext(db, now, seededRandom(options.seed ?? 20_261_207));
  const count = Math.max(1, Math.min(options.templates ?? 4_000, options.dossiers));
  const templates: Dossier[] = [];
  let previousCode: string | null = null;
  for (let index = 0; templates.length < count; index += 1) {
    const dossier = buildTemplate(ctx, index, previousCode);
    if (!dossier) continue;
    templates.push(dossier);
    previousCode = dossier.code;
  }
  const line = (dossier: Dossier) =>
    ctx.lines.find((l) => l.workflow.workflowId === dossier.workflow.id) as Line;
  await sql`DROP TABLE IF EXISTS bench_template`.execute(db);
  await sql`CREATE UNLOGGED TABLE bench_template AS SELECT * FROM dossier WITH NO DATA`.execute(db);
  await sql`ALTER TABLE bench_template ADD COLUMN n int, ADD COLUMN prefix text`.execute(db);
  for (let offset = 0; offset < templates.length; offset += 500) {
    const rows = templates.slice(offset, offset + 500).map((dossier, i) => ({
      n: offset + i,
      prefix: dossier.code.slice(0, dossier.code.lastIndexOf("-")),
      id: dossier.id,
      code: dossier.code,
      receiving_agency_id: dossier.receivingAgencyId,
      procedure_id: line(dossier).procedure.id,
      procedure_version: line(dossier).procedure.version,
      workflow_id: dossier.workflow.id,
      workflow_version: dossier.workflow.version,
      channel: dossier.channel,
      applicant: storable(dossier.applicant),
      applicant_name: dossier.applicant.name,
      applicant_kind: dossier.applicant.kind,
      applicant_id_number: dossier.applicant.idNumber,
      applicant_account_id: dossier.applicantAccountId,
      submitted_at: new Date(dossier.submittedAt),
      created_at: new Date(dossier.createdAt),
      updated_at: new Date(dossier.lastEventAt),
      ...derivedColumns(dossier, ctx.calendar, now),
    }));
    // The side table has the dossier table's columns plus n and prefix.
    await (db as unknown as Db)
      .insertInto("bench_template" as "dossier")
      .values(rows)
      .execute();
  }
  await sql`CREATE UNIQUE INDEX ON bench_template (n)`.execute(db);
  await sql`ANALYZE bench_template`.execute(db);
  const templatesDone = performance.now();

  // Every stored column of the dossier table but those each clone gets its own value of.
  const copied = (
    await sql<{ name: string }>`
      SELECT column_name AS name FROM information_schema.columns
      WHERE table_name = 'dossier' AND table_schema = current_schema() AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'code', 'applicant_name', 'state')
      ORDER BY ordinal_position`.execute(db)
  ).rows.map((row) => row.name);
  const family = sql.lit(`{${FAMILY.join(",")}}`);
  const middle = sql.lit(`{${MIDDLE.join(",")}}`);
  const given = sql.lit(`{${GIVEN.join(",")}}`);
  await sql`
    INSERT INTO dossier (id, code, applicant_name, state, ${sql.join(copied.map((name) => sql.id(name)))})
    SELECT c.id, c.code, c.name,
           jsonb_set(jsonb_set(jsonb_set(t.state, '{id}', to_jsonb(c.id::text)), '{code}', to_jsonb(c.code)),
                     '{applicant,name}', to_jsonb(c.name)),
           ${sql.join(copied.map((name) => sql.ref(`t.${name}`)))}
    FROM (
      SELECT g, t.n, gen_random_uuid() AS id,
             t.prefix || '-' || lpad((1000 + row_number() OVER (PARTITION BY t.prefix ORDER BY g))::text, 4, '0') AS code,
             (${family}::text[])[1 + g % ${FAMILY.length}] || ' ' || (${middle}::text[])[1 + (g / 7) % ${MIDDLE.length}]
               || ' ' || (${given}::text[])[1 + (g / 3) % ${GIVEN.length}] AS name
      FROM generate_series(0, ${options.dossiers - 1}) AS g
      JOIN bench_template t ON t.n = g % ${templates.length}
    ) c
    JOIN bench_template t ON t.n = c.n`.execute(db);
  const cloned = performance.now();
  await sql`DROP TABLE bench_template`.execute(db);
  await sql`ANALYZE dossier`.execute(db);
  const analyzed = performance.now();
  const byStatus = Object.fromEntries(
    (
      await db
        .selectFrom("dossier")
        .select(["status", sql<number>`count(*)::int`.as("n")])
        .groupBy("status")
        .execute()
    ).map((row) => [row.status, row.n]),
  );
  return {
    dossiers: options.dossiers,
    templates: templates.length,
    agencies: new Set(templates.map((t) => t.receivingAgencyId)).size,
    milliseconds: {
      templates: templatesDone - started,
      clone: cloned - templatesDone,
      analyze: analyzed - cloned,
    },
    byStatus,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Cần DATABASE_URL của một cơ sở dữ liệu đã có dữ liệu mẫu (DATABASE_URL is required).");
    process.exit(1);
  }
  const db = createDb(url, 2);
  try {
    const summary = await generateProvince(db, { dossiers: Number(process.argv[2] ?? 1_000_000) });
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await db.destroy();
  }
}
