/**
 * Officers' inbox benchmark (DESIGN.md budget: first page p95 < 100 ms for an agency with 50,000
 * open dossiers).
 *
 * Usage:   npx tsx bench/inbox.bench.ts                       (about a minute)
 *          BENCH_DOSSIERS=200000 BENCH_ROUNDS=300 npx tsx bench/inbox.bench.ts
 *
 * What it does, in one process:
 * 1. Starts a throw-away embedded PostgreSQL, migrates it, loads the demo data.
 * 2. Generates open dossiers for Sở Tư pháp (procedures 1.003198, 30 calendar days, and 1.002079,
 *    10 working days, through their demo workflows): a few hundred distinct dossiers are built by
 *    the lifecycle itself (src/domain/dossier: reception or online submission, hand-overs,
 *    approval, results) at times spread over the last 40 days, in the states an agency holds
 *    (awaiting acceptance, received, at the specialist's and the head of unit's steps, awaiting
 *    approval, approved, result at the one-stop, result ready), then cloned with their own ids,
 *    codes and applicants and inserted in bulk with the columns the store derives from them.
 * 3. Measures, one request at a time, the first page of each box of three officers (the one-stop,
 *    a specialist, the director) and the counts, through the use case `listInbox` / `countInbox`
 *    and through the HTTP app with `app.inject`. Baselines in the same run: `SELECT 1` through the
 *    same pool, and `GET /healthz` through `app.inject`.
 * Prints p50/p95/p99 per scenario and checks the p95 budget on the first pages.
 */
import { randomUUID } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import type { InboxBox } from "../src/contracts/dossiers.ts";
import type { WorkingCalendar } from "../src/domain/calendar/working-calendar.ts";
import {
  applicant,
  type Command,
  type Dossier,
  formatDossierCode,
  officer,
  transition,
} from "../src/domain/dossier/index.ts";
import { DomainError } from "../src/domain/errors.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { Db } from "../src/server/db/database.ts";
import { loadWorkingCalendar } from "../src/server/modules/calendar/load-working-calendar.ts";
import { getPublishedVersion } from "../src/server/modules/catalog/get-procedure-version.ts";
import { derivedColumns, storable } from "../src/server/modules/dossiers/dossier-store.ts";
import { countInbox, inboxQueries, listInbox } from "../src/server/modules/dossiers/list-inbox.ts";
import {
  procedureInput,
  requireWorkflowInForce,
  type WorkflowInForce,
} from "../src/server/modules/dossiers/new-dossier-input.ts";
import { withDemoDatabase } from "./support.ts";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const TEMPLATES = 400;
const BUDGET_P95_MS = 100;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded PRNG so that every run uses the same data. */
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
const random = seededRandom(20_261_122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// ------------------------------------------------------------------------- the generator

type Stage =
  | "awaiting_acceptance"
  | "received"
  | "step_0"
  | "step_1"
  | "awaiting_approval"
  | "approved"
  | "result_at_one_stop"
  | "result_ready";

/** Share of an agency's open dossiers in each stage. */
const STAGES: [Stage, number][] = [
  ["awaiting_acceptance", 0.05],
  ["received", 0.08],
  ["step_0", 0.4],
  ["step_1", 0.15],
  ["awaiting_approval", 0.1],
  ["approved", 0.05],
  ["result_at_one_stop", 0.07],
  ["result_ready", 0.1],
];

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

function stageOf(x: number): Stage {
  let acc = 0;
  for (const [stage, share] of STAGES) {
    acc += share;
    if (x < acc) return stage;
  }
  return "step_0";
}

interface Context {
  calendar: WorkingCalendar;
  agency: { id: string; code: string };
  officers: Record<string, string>;
  procedures: { input: ReturnType<typeof procedureInput>; workflow: WorkflowInForce }[];
  now: number;
}

/** One dossier built by the lifecycle, in `stage`, received `daysAgo` days ago. */
function buildTemplate(ctx: Context, stage: Stage, daysAgo: number, index: number): Dossier {
  const { calendar, agency, officers, now } = ctx;
  const procedure = pick(ctx.procedures);
  const oneStop = officer(officers["tthcc.motcua"] ?? "", "one_stop_officer", agency.id);
  const leader = officer(officers["tuphap.giamdoc"] ?? "", "agency_leader", agency.id);
  const stepActor = (dossier: Dossier) => {
    const step = dossier.workflow.steps[dossier.step?.index ?? 0];
    return officer(randomUUID(), step?.role ?? "specialist", dossier.step?.unitId ?? "");
  };
  const online = stage === "awaiting_acceptance";
  const start = online
    ? now - Math.floor(random() * 6 * HOUR)
    : calendar.nextWorkingInstant(now - Math.floor(daysAgo * DAY));
  let at = Math.min(start, now);
  const base = {
    dossierId: randomUUID(),
    code: formatDossierCode(agency.code, at, 9000 + index),
    receivingAgency: { id: agency.id, identifier: agency.code },
    procedure: procedure.input,
    workflow: procedure.workflow.input,
    applicant: {
      kind: "individual" as const,
      name: "Người nộp mẫu",
      idNumber: "038090000000",
      phone: "0912345678",
      email: null,
      address: "Phường Hạc Thành, tỉnh Thanh Hóa",
    },
    resultDelivery: "counter" as const,
    documents: ["Đơn đề nghị (1 bản chính)"],
  };
  const creation: Command = online
    ? {
        ...base,
        type: "submit_online",
        actor: applicant(randomUUID()),
        eFormRef: "form:bench",
        signature: {
          fileId: "00000000-0000-4000-8000-000000000000",
          commonName: "Bench",
          issuer: "Bench CA",
        },
      }
    : { ...base, type: "receive", actor: oneStop, channel: "counter", outcome: { kind: "complete" } };
  let dossier = apply(null, creation, at, calendar);
  const path: ((d: Dossier) => Command)[] = [];
  const order: Stage[] = [
    "received",
    "step_0",
    "step_1",
    "awaiting_approval",
    "approved",
    "result_at_one_stop",
    "result_ready",
  ];
  const commands: Record<Stage, (d: Dossier) => Command> = {
    awaiting_acceptance: () => {
      throw new Error("unused");
    },
    received: () => {
      throw new Error("unused");
    },
    step_0: () => ({ type: "hand_over", actor: oneStop }),
    step_1: (d) => ({ type: "hand_over", actor: stepActor(d) }),
    awaiting_approval: (d) => ({ type: "submit_for_approval", actor: stepActor(d) }),
    approved: () => ({ type: "approve", actor: leader }),
    result_at_one_stop: () => ({
      type: "upload_result",
      actor: leader,
      documentNumber: "12/GXN",
      fileRef: "bench",
    }),
    result_ready: () => ({ type: "confirm_result", actor: oneStop, latenessReason: "Hồ sơ phức tạp" }),
  };
  if (!online) for (const s of order.slice(1, order.indexOf(stage) + 1)) path.push(commands[s]);
  const gap = Math.max(60_000, Math.min(DAY, (now - at) / (path.length + 2)));
  for (const next of path) {
    at = Math.min(now, at + gap);
    if (next === commands.result_at_one_stop) {
      dossier = apply(dossier, next(dossier), at, calendar);
      dossier = apply(dossier, { type: "send_result", actor: leader }, at, calendar);
      continue;
    }
    dossier = apply(dossier, next(dossier), at, calendar);
  }
  return dossier;
}

function apply(dossier: Dossier | null, command: Command, at: number, calendar: WorkingCalendar): Dossier {
  const result = transition(dossier, command, at, calendar);
  if (result instanceof DomainError) throw new Error(`${command.type}: ${result.code} ${result.message}`);
  return result.dossier;
}

async function generate(db: Db, ctx: Context, count: number): Promise<Record<string, number>> {
  const templates: Dossier[] = [];
  for (let i = 0; i < TEMPLATES; i += 1) {
    templates.push(buildTemplate(ctx, stageOf(i / TEMPLATES), random() * 40, i));
  }
  const perStatus: Record<string, number> = {};
  const sequence = new Map<string, number>();
  const batch = 1_000;
  for (let offset = 0; offset < count; offset += batch) {
    const rows = [];
    for (let i = offset; i < Math.min(count, offset + batch); i += 1) {
      const template = templates[i % templates.length] as Dossier;
      const day = template.code.split("-")[1] ?? "";
      const next = (sequence.get(day) ?? 1000) + 1; // past the demo dossiers' numbers
      sequence.set(day, next);
      const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      const dossier: Dossier = {
        ...template,
        id: randomUUID(),
        code: `${ctx.agency.code}-${day}-${String(next).padStart(4, "0")}`,
        applicant: { ...template.applicant, name },
      };
      perStatus[dossier.status] = (perStatus[dossier.status] ?? 0) + 1;
      rows.push({
        id: dossier.id,
        code: dossier.code,
        receiving_agency_id: dossier.receivingAgencyId,
        procedure_id: dossier.procedure.id,
        procedure_version: dossier.procedure.version,
        workflow_id: dossier.workflow.id,
        workflow_version: dossier.workflow.version,
        form_version: null,
        form_data: null,
        channel: dossier.channel,
        applicant: storable(dossier.applicant),
        applicant_name: name,
        applicant_kind: dossier.applicant.kind,
        applicant_id_number: dossier.applicant.idNumber,
        applicant_account_id: null,
        submitted_at: new Date(dossier.submittedAt),
        ...derivedColumns(dossier, ctx.calendar, ctx.now),
      });
    }
    await db.insertInto("dossier").values(rows).execute();
  }
  return perStatus;
}

// ---------------------------------------------------------------------------- measuring

type Stats = { label: string; n: number; p50: number; p95: number; p99: number; mean: number };

function stats(label: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { label, n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(label: string, rounds: number, work: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < Math.min(20, rounds); i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await time(work));
  return stats(label, samples);
}

function printTable(title: string, rows: Stats[]): void {
  const header = ["scenario", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms"];
  const cells = rows.map((r) => [
    r.label,
    String(r.n),
    ...[r.p50, r.p95, r.p99, r.mean].map((x) => x.toFixed(2)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) =>
    `| ${c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

// --------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  await withDemoDatabase("inbox", async (db) => {
    const now = Date.now();
    const agency = await db
      .selectFrom("agency")
      .select(["id", "code"])
      .where("code", "=", "000.00.06.H56")
      .executeTakeFirstOrThrow();
    const officers = Object.fromEntries(
      (await db.selectFrom("officer").select(["id", "username"]).execute()).map((o) => [o.username, o.id]),
    );
    const procedures = [];
    for (const code of ["1.003198", "1.002079"]) {
      const row = await db
        .selectFrom("procedure")
        .select("id")
        .where("code", "=", code)
        .executeTakeFirstOrThrow();
      const version = await getPublishedVersion(db, row.id);
      if (!version) throw new Error(`procedure ${code} is not published`);
      procedures.push({
        input: procedureInput(version),
        workflow: await requireWorkflowInForce(db, row.id, agency.id, now),
      });
    }
    const { calendar } = await loadWorkingCalendar(db, agency.id);
    const ctx: Context = { calendar, agency, officers, procedures, now };
    const start = process.hrtime.bigint();
    const perStatus = await generate(db, ctx, DOSSIERS);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    await sql`VACUUM ANALYZE dossier`.execute(db);
    const size = (
      await sql<{ size: string }>`SELECT pg_size_pretty(pg_total_relation_size('dossier')) AS size`.execute(
        db,
      )
    ).rows[0]?.size;
    const overdue = Number(
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier
          WHERE closed_at IS NULL AND inbox_due_at < ${new Date(now)}`.execute(db)
      ).rows[0]?.n,
    );
    console.log(
      `Dossiers: ${DOSSIERS} open at ${agency.code} (Sở Tư pháp), generated and inserted in ${(ms / 1000).toFixed(1)} s; table ${size}; ${overdue} overdue.`,
    );
    console.log(
      `By status: ${Object.entries(perStatus)
        .map(([status, n]) => `${status} ${n}`)
        .join(", ")}`,
    );

    const app = await buildApp(
      {
        ...loadConfig({}),
        LOG_LEVEL: (process.env.BENCH_LOG_LEVEL ?? "silent") as "silent",
        SESSION_TTL_HOURS: 1,
        WEB_DIST_DIR: "",
      },
      db,
      undefined,
      { clock: () => now },
    );
    await app.ready();
    const cookies: Record<string, string> = {};
    const who = { oneStop: "tthcc.motcua", specialist: "tuphap.chuyenvien", leader: "tuphap.giamdoc" };
    for (const username of Object.values(who)) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: "Motcua@2026" },
      });
      const cookie = response.cookies.find((c) => c.name === "motcua_session");
      if (!cookie) throw new Error(`sign-in as ${username} failed`);
      cookies[username] = `${cookie.name}=${cookie.value}`;
    }
    const officerOf = async (username: string) => {
      const row = await db
        .selectFrom("officer")
        .select(["id", "agency_id"])
        .where("username", "=", username)
        .executeTakeFirstOrThrow();
      return { id: row.id, agencyId: row.agency_id };
    };
    const scenarios: [string, InboxBox][] = [
      [who.oneStop, "to_receive"],
      [who.oneStop, "to_return"],
      [who.oneStop, "overdue"],
      [who.specialist, "to_process"],
      [who.specialist, "overdue"],
      [who.leader, "to_approve"],
      [who.leader, "overdue"],
      [who.leader, "due_soon"],
    ];

    // Sanity: every box has a full first page.
    for (const [username, box] of scenarios) {
      const page = await listInbox(
        db,
        await officerOf(username),
        { box, sort: "due", page: 1, pageSize: 20 },
        now,
      );
      console.log(`  ${username.padEnd(18)} ${box.padEnd(10)} ${String(page.total).padStart(6)} dossiers`);
      if (page.items.length === 0) throw new Error(`empty box ${box} for ${username}`);
    }

    // BENCH_EXPLAIN=1: the plans of the first pages (ids in order, and the total).
    if (process.env.BENCH_EXPLAIN) {
      for (const [username, box] of scenarios) {
        const queries = await inboxQueries(
          db,
          await officerOf(username),
          { box, sort: "due", page: 1, pageSize: 20 },
          now,
        );
        for (const [what, query] of [
          ["page ids", queries.ids],
          ["total", queries.total],
        ] as const) {
          const compiled = query.compile();
          const rows = await db.executeQuery<{ "QUERY PLAN": string }>({
            ...compiled,
            sql: `EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}`,
          });
          console.log(`\n── ${box} — ${username}: ${what}`);
          for (const row of rows.rows) console.log(row["QUERY PLAN"]);
        }
      }
    }

    const baseline = [
      await measure("SELECT 1 (pool round-trip)", ROUNDS, () => sql`SELECT 1`.execute(db)),
      await measure("GET /healthz (app.inject)", ROUNDS, () => app.inject({ url: "/healthz" })),
    ];
    const useCase: Stats[] = [];
    const http: Stats[] = [];
    for (const [username, box] of scenarios) {
      const officerRef = await officerOf(username);
      useCase.push(
        await measure(`${box} — ${username}`, ROUNDS, () =>
          listInbox(db, officerRef, { box, sort: "due", page: 1, pageSize: 20 }, now),
        ),
      );
      http.push(
        await measure(`GET /api/inbox?box=${box} — ${username}`, ROUNDS, async () => {
          const response = await app.inject({
            url: `/api/inbox?box=${box}`,
            headers: { cookie: cookies[username] ?? "" },
          });
          if (response.statusCode !== 200) throw new Error(response.body);
        }),
      );
    }
    const counts: Stats[] = [];
    for (const username of Object.values(who)) {
      const officerRef = await officerOf(username);
      counts.push(await measure(`counts — ${username}`, ROUNDS, () => countInbox(db, officerRef, now)));
      counts.push(
        await measure(`GET /api/inbox/counts — ${username}`, ROUNDS, () =>
          app.inject({ url: "/api/inbox/counts", headers: { cookie: cookies[username] ?? "" } }),
        ),
      );
    }

    printTable("Baselines (same run)", baseline);
    printTable(
      `First page (20 rows, nearest due first), use case listInbox — ${DOSSIERS} open dossiers`,
      useCase,
    );
    printTable("First page through HTTP (app.inject: routing, session, access check, serialisation)", http);
    printTable("Counts of every box in one query", counts);

    const [load1 = 0, load5 = 0] = loadavg();
    console.log(
      `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the end of the run.`,
    );
    const worst = [...useCase, ...http].reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const ok = worst.p95 < BUDGET_P95_MS;
    console.log(
      `\nBudget: inbox first page p95 < ${BUDGET_P95_MS} ms with 50,000 open dossiers. Worst p95: ${worst.p95.toFixed(2)} ms (${worst.label}) → ${ok ? "PASS" : "FAIL"}`,
    );
    await app.close();
    process.exitCode = ok ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
