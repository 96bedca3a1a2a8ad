import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTAKE_PATH } from "../../../contracts/portal-intake.ts";
import { addDuration } from "../../../domain/deadline/add.ts";
import { workingHours } from "../../../domain/deadline/duration.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { signInAs } from "../../testing/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { nextWorkingMorning, SAMPLE_PDF } from "../dossiers/test-support.ts";
import { createPortalClient } from "../national-portal/portal-client.ts";
import type { HoSoNopTrucTuyen } from "../national-portal/wire.ts";
import { type PortalSimulator, startPortalSimulator } from "../national-portal-simulator/start-simulator.ts";
import type { SubmittedFile } from "../national-portal-simulator/submit-on-portal.ts";
import { PORTAL_UPLOADER } from "./fetch-submitted-files.ts";
import { pollPortalSubmissions } from "./poll-portal-submissions.ts";
import { intakeSettingsOf } from "./start-portal-intake.ts";

const PROCEDURE = "1.001193";
const config = { ...loadConfig({}), LOG_LEVEL: "silent" as const, SESSION_TTL_HOURS: 1, WEB_DIST_DIR: "" };
const TOKEN = config.NATIONAL_PORTAL_INTAKE_TOKEN;
const SIM_LOGIN = { username: "motcua", password: "mat-khau-thu" };

let database: TestDatabase;
let db: Db;
let app: FastifyInstance;
let now: number;
let simulator: PortalSimulator;
let admin: string;
let codes = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  now = await nextWorkingMorning(db);
  app = await buildApp({ ...config, NODE_ENV: "test" }, db, undefined, { clock: () => now });
  await app.ready();
  simulator = await startPortalSimulator(SIM_LOGIN);
  admin = await signInAs(app, "admin");
});
afterAll(async () => {
  await simulator?.close();
  await app?.close();
  await database?.drop();
});

/** A submission as the portal makes it, under a national code of its own (the tests share one database). */
function submission(changes: Partial<HoSoNopTrucTuyen> = {}, files?: SubmittedFile[]): HoSoNopTrucTuyen {
  const made = simulator.submit({ procedureCode: PROCEDURE, ...(files ? { files } : {}) });
  codes += 1;
  const code = made.MaHoSoQG.replace(/\d{4}$/, String(5000 + codes).padStart(4, "0"));
  return { ...made, MaHoSoQG: code, ...changes };
}

function push(body: unknown, token: string | null = TOKEN) {
  return app.inject({
    method: "POST",
    url: INTAKE_PATH,
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    payload: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function dossiersOf(nationalCode: string) {
  return db.selectFrom("dossier").selectAll().where("national_code", "=", nationalCode).execute();
}

async function portalFiles(): Promise<number> {
  const row = await db
    .selectFrom("stored_file")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("uploaded_by", "=", PORTAL_UPLOADER)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function submissionRow(key: string) {
  return db.selectFrom("portal_submission").selectAll().where("national_code", "=", key).executeTakeFirst();
}

/** A file server that answers 503 until told it is back, then serves a PDF. */
async function flakyFileServer(): Promise<{ url: string; up(): void; server: Server }> {
  let available = false;
  const server = createServer((_request, response) => {
    if (!available) return void response.writeHead(503).end();
    response.writeHead(200, { "content-type": "application/pdf" }).end(SAMPLE_PDF);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/files/giay-to.pdf`,
    up: () => {
      available = true;
    },
    server,
  };
}

describe("REC-10: dossiers pushed by the national portal", () => {
  it("REC-10: one portal dossier delivered 20 times concurrently makes one dossier with one motcua code, the national code kept", async () => {
    const body = submission();
    const answers = await Promise.all(Array.from({ length: 20 }, () => push(body)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    const motcuaCodes = new Set(answers.map((a) => a.json().MaHoSo));
    expect(motcuaCodes.size).toBe(1);
    const dossiers = await dossiersOf(body.MaHoSoQG);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]?.code).toBe([...motcuaCodes][0]);
    expect(dossiers[0]?.national_code).toBe(body.MaHoSoQG);
    const again = await push(body);
    expect(again.json()).toMatchObject({ error_code: "0", status: "received", MaHoSo: dossiers[0]?.code });
  });

  it("REC-10, REC-3: it arrives as an online dossier awaiting acceptance, 8 working hours from arrival, with applicant, VNeID flag, form data and files", async () => {
    const body = submission({
      NgayNopHoSo: "20200102080000",
      ChuHoSo: "Lê Thị Thu",
      SoGiayToChuHoSo: "038190000123",
    });
    const answer = await push(body);
    expect(answer.statusCode).toBe(200);
    const [dossier] = await dossiersOf(body.MaHoSoQG);
    expect(dossier).toMatchObject({
      channel: "online",
      status: "awaiting_acceptance",
      applicant_name: "Lê Thị Thu",
      applicant_id_number: "038190000123",
    });
    const { hoTenTre, hoTenMe, ngaySinhTre } = body.DuLieuBieuMau;
    expect(dossier?.form_data).toMatchObject({ hoTenTre, hoTenMe, ngaySinhTre });
    const { calendar } = await loadWorkingCalendar(db, dossier?.receiving_agency_id ?? null);
    expect(dossier?.submitted_at.getTime()).toBe(now);
    expect(dossier?.acceptance_due_at?.getTime()).toBe(addDuration(calendar, now, workingHours(8)));
    const event = await db
      .selectFrom("dossier_event")
      .select(["type", "payload"])
      .where("dossier_id", "=", dossier?.id ?? "")
      .executeTakeFirstOrThrow();
    expect(event.type).toBe("dossier_received_from_portal");
    expect((event.payload as { portal: unknown }).portal).toMatchObject({
      nationalCode: body.MaHoSoQG,
      verifiedWithVneid: true,
    });
    const files = await db
      .selectFrom("dossier_attachment as a")
      .innerJoin("stored_file as f", "f.id", "a.file_id")
      .select(["f.file_name", "f.mime", "f.size", "f.uploaded_by"])
      .where("a.dossier_id", "=", dossier?.id ?? "")
      .execute();
    expect(files.map((f) => f.file_name).sort()).toEqual(body.TaiLieuNop.map((f) => f.TenTepDinhKem).sort());
    expect(files.every((f) => f.mime === "application/pdf" && f.uploaded_by === PORTAL_UPLOADER)).toBe(true);
    const audit = await db
      .selectFrom("audit_log")
      .select(["actor_kind", "actor_name", "object_type", "outcome"])
      .where("action", "=", `POST ${INTAKE_PATH}`)
      .where("object_id", "=", body.MaHoSoQG)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    for (const record of audit) {
      expect(record).toEqual({
        actor_kind: "system",
        actor_name: "national-portal",
        object_type: "portal_submission",
        outcome: "success",
      });
    }
  });
});

/** The papers of a default submission, the last one replaced by `last`. */
function papersEndingWith(last: Omit<SubmittedFile, "component">): SubmittedFile[] {
  const papers = simulator.submit({ procedureCode: PROCEDURE }).TaiLieuNop;
  return papers.map((paper, index) =>
    index === papers.length - 1
      ? { component: paper.MaThanhPhanHoSo, ...last }
      : {
          component: paper.MaThanhPhanHoSo,
          name: paper.TenTepDinhKem,
          mediaType: paper.LoaiTep,
          content: SAMPLE_PDF,
        },
  );
}

describe("REC-10: a submission that cannot become a dossier is parked with its reason, nothing partial, no 5xx", () => {
  const cases: { name: string; make: () => unknown; reasonCode: string }[] = [
    {
      name: "a body that is not JSON",
      make: () => '{"MaHoSoQG": "H56.051.00-261207-QG0999", ',
      reasonCode: "INTAKE_MALFORMED",
    },
    {
      name: "a body missing the dossier's fields",
      make: () => ({ MaHoSoQG: "H56.051.00-261207-QG0998" }),
      reasonCode: "INTAKE_MALFORMED",
    },
    {
      name: "a body holding a NUL character",
      make: () => submission({ ChuHoSo: "Lê\u0000Thu" }),
      reasonCode: "INTAKE_MALFORMED",
    },
    {
      name: "an unknown procedure",
      make: () => submission({ MaTTHC: "9.999999" }),
      reasonCode: "INTAKE_UNKNOWN_PROCEDURE",
    },
    {
      name: "a file whose content does not match its declared type",
      make: () =>
        submission(
          {},
          papersEndingWith({
            name: "giay-chung-sinh.pdf",
            mediaType: "application/pdf",
            content: Buffer.from("GIF89a…"),
          }),
        ),
      reasonCode: "INTAKE_FILE_TYPE_MISMATCH",
    },
    {
      name: "an oversized file (declared small, counted while read)",
      make: () => {
        const body = submission(
          {},
          papersEndingWith({
            name: "anh-chup.pdf",
            mediaType: "application/pdf",
            content: Buffer.concat([SAMPLE_PDF, Buffer.alloc(10 * 1024 * 1024)]),
          }),
        );
        return { ...body, TaiLieuNop: body.TaiLieuNop.map((file) => ({ ...file, KichThuoc: 1000 })) };
      },
      reasonCode: "INTAKE_FILE_TOO_LARGE",
    },
  ];

  it.each(cases)("REC-10: $name is parked ($reasonCode)", async ({ make, reasonCode }) => {
    const body = make();
    const filesBefore = await portalFiles();
    const dossiersBefore = await db.selectFrom("dossier").select("id").execute();
    const answer = await push(body);
    expect(answer.statusCode).toBe(202);
    expect(answer.json()).toMatchObject({ error_code: "0", status: "parked", reasonCode });
    expect(answer.json().message).toMatch(/\p{L}/u);
    const listed = await app.inject({
      method: "GET",
      url: "/api/admin/integrations/portal-submissions",
      headers: { cookie: admin },
    });
    const parked = listed
      .json()
      .submissions.filter((s: { reasonCode: string }) => s.reasonCode === reasonCode);
    expect(parked.length).toBeGreaterThan(0);
    expect(await portalFiles()).toBe(filesBefore);
    expect(await db.selectFrom("dossier").select("id").execute()).toHaveLength(dossiersBefore.length);
    expect((await push(body)).statusCode).toBe(202);
  });
});

describe("REC-10: the push endpoint and the provincial office's decisions", () => {
  it("REC-10: a wrong or missing token is refused with 401 and nothing is stored", async () => {
    const body = submission();
    for (const token of ["not-the-token-at-all", null]) {
      const answer = await push(body, token);
      expect(answer.statusCode).toBe(401);
      expect(answer.json().code).toBe("PORTAL_INTAKE_UNAUTHORIZED");
    }
    expect(await submissionRow(body.MaHoSoQG)).toBeUndefined();
    expect(await dossiersOf(body.MaHoSoQG)).toHaveLength(0);
  });

  it("REC-10: a submission parked because its file server was down becomes the dossier when retried after it is back", async () => {
    const files = await flakyFileServer();
    try {
      const made = submission();
      const body = {
        ...made,
        TaiLieuNop: made.TaiLieuNop.map((file) => ({ ...file, DuongDanTaiTepTin: files.url })),
      };
      const parked = await push(body);
      expect(parked.json()).toMatchObject({ status: "parked", reasonCode: "INTAKE_FILE_UNREACHABLE" });
      const retry = () =>
        app.inject({
          method: "POST",
          url: `/api/admin/integrations/portal-submissions/${encodeURIComponent(body.MaHoSoQG)}/retry`,
          headers: { cookie: admin },
        });
      const operator = await signInAs(app, "vanhanh");
      const refused = await app.inject({
        method: "POST",
        url: `/api/admin/integrations/portal-submissions/${encodeURIComponent(body.MaHoSoQG)}/retry`,
        headers: { cookie: operator },
      });
      expect(refused.statusCode).toBe(403);
      expect((await retry()).json()).toMatchObject({
        status: "parked",
        reasonCode: "INTAKE_FILE_UNREACHABLE",
      });
      files.up();
      const received = await retry();
      expect(received.statusCode).toBe(200);
      const [dossier] = await dossiersOf(body.MaHoSoQG);
      expect(received.json()).toMatchObject({ status: "received", dossierCode: dossier?.code });
      expect((await retry()).statusCode).toBe(409);
    } finally {
      await new Promise((resolve) => files.server.close(resolve));
    }
  });

  it("REC-10: a parked submission is discarded only with a reason, audited, and never becomes a dossier", async () => {
    const body = submission({ MaTTHC: "9.999998" });
    await push(body);
    const discard = (payload: unknown) =>
      app.inject({
        method: "POST",
        url: `/api/admin/integrations/portal-submissions/${encodeURIComponent(body.MaHoSoQG)}/discard`,
        headers: { cookie: admin },
        payload: payload as object,
      });
    expect((await discard({})).statusCode).toBe(400);
    expect((await submissionRow(body.MaHoSoQG))?.status).toBe("parked");
    const reason = "Thủ tục không thuộc thẩm quyền của tỉnh";
    const discarded = await discard({ reason });
    expect(discarded.statusCode).toBe(200);
    expect(discarded.json()).toMatchObject({ status: "discarded", reason });
    const audit = await db
      .selectFrom("audit_log")
      .select(["actor_name", "object_type", "object_id", "detail", "outcome"])
      .where("action", "=", "POST /api/admin/integrations/portal-submissions/:code/discard")
      .where("object_id", "=", body.MaHoSoQG)
      .where("outcome", "=", "success")
      .execute();
    expect(audit[0]).toMatchObject({
      actor_name: "Nguyễn Quản Trị",
      object_type: "portal_submission",
      outcome: "success",
    });
    expect(audit[0]?.detail).toMatchObject({
      action: "discard",
      reason,
      reasonCode: "INTAKE_UNKNOWN_PROCEDURE",
    });
    const again = await push(body);
    expect(again.json()).toMatchObject({ error_code: "0", status: "discarded" });
    expect(await dossiersOf(body.MaHoSoQG)).toHaveLength(0);
  });
});

describe("REC-10: dossiers polled from the national portal", () => {
  it("REC-10: submissions are taken once by polling, the cursor advances, and two concurrent polls still make one dossier each", async () => {
    const portal = await startPortalSimulator(SIM_LOGIN);
    try {
      const client = createPortalClient({
        baseUrl: portal.url,
        ...SIM_LOGIN,
        agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE,
        timeoutMs: 5_000,
      });
      const settings = intakeSettingsOf(config, { error: () => undefined });
      const poll = () => pollPortalSubmissions(db, client, () => now, settings);
      const made = [1, 2, 3].map(() => portal.submit({ procedureCode: PROCEDURE }));
      await Promise.all([poll(), poll()]);
      for (const dossier of made) expect(await dossiersOf(dossier.MaHoSoQG)).toHaveLength(1);
      const cursor = await db.selectFrom("portal_intake_cursor").select("last_seq").executeTakeFirstOrThrow();
      expect(Number(cursor.last_seq)).toBe(made.at(-1)?.SoThuTu);
      expect(await poll()).toBe(0);
      const later = portal.submit({ procedureCode: PROCEDURE });
      expect(await poll()).toBe(1);
      expect(await dossiersOf(later.MaHoSoQG)).toHaveLength(1);
      const sources = await db
        .selectFrom("portal_submission")
        .select("source")
        .where(
          "national_code",
          "in",
          [...made, later].map((d) => d.MaHoSoQG),
        )
        .execute();
      expect(sources.map((s) => s.source)).toEqual(["poll", "poll", "poll", "poll"]);
    } finally {
      await portal.close();
    }
  });
});
