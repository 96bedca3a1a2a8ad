import type { FastifyInstance, InjectOptions } from "fastify";
import type { z } from "zod";
import {
  type DossierCommandType,
  type DossierView,
  dossierCommandPath,
  type ReceiveDossierRequest,
} from "../../../contracts/dossiers.ts";
import { instantAt, localDayNumber } from "../../../domain/calendar/index.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { signInAs } from "../../testing/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { openCitizenSession } from "../citizen-identity/sessions.ts";

/** Test harness of the dossier module (not used by production code). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface DossierTestApp {
  app: FastifyInstance;
  database: TestDatabase;
  db: Db;
  /** The app's clock: read, set, move forward. */
  clock: { now(): number; set(at: number): void; advance(ms: number): number };
  close(): Promise<void>;
}

/** The real app on a private copy of the demo database, with a clock the test drives. */
export async function createDossierTestApp(start: number): Promise<DossierTestApp> {
  const database = await createTestDatabase();
  let now = start;
  const app = await buildApp(
    { ...loadConfig({}), LOG_LEVEL: "silent", SESSION_TTL_HOURS: 1, WEB_DIST_DIR: "" },
    database.db,
    undefined,
    { clock: () => now },
  );
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    clock: {
      now: () => now,
      set: (at) => {
        now = at;
      },
      advance: (ms) => {
        now += ms;
        return now;
      },
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * The opening of a working day at least `daysAhead` days from now (Vietnam time, national
 * calendar): a start for a test clock that is after the demo workflows became effective and
 * falls on a working day whatever the date the tests run.
 */
export async function nextWorkingMorning(db: Db, daysAhead = 2): Promise<number> {
  const { calendar } = await loadWorkingCalendar(db, null);
  // Midnight (Vietnam time) of the day `daysAhead` from now, so the answer is the start of a working
  // day whatever the hour the tests run at.
  return calendar.nextWorkingInstant(instantAt(localDayNumber(Date.now()) + daysAhead, 0));
}

export async function agencyIdOf(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom("agency").select("id").where("code", "=", code).executeTakeFirstOrThrow();
  return row.id;
}

export async function procedureIdOf(db: Db, code: string): Promise<string> {
  const row = await db
    .selectFrom("procedure")
    .select("id")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function officerIdOf(db: Db, username: string): Promise<string> {
  const row = await db
    .selectFrom("officer")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Session cookies of demo officers, signed in once per test file. */
export async function officerCookies(app: FastifyInstance, usernames: readonly string[]) {
  const cookies: Record<string, string> = {};
  for (const username of usernames) cookies[username] = await signInAs(app, username);
  return cookies;
}

/** A citizen (as the e-ID would record them) with an open session; returns the id and cookie. */
export async function citizenSession(
  db: Db,
  person: { identityNumber: string; fullName: string; level?: 1 | 2 },
): Promise<{ id: string; cookie: string }> {
  const row = await db
    .insertInto("citizen")
    .values({
      issuer: "https://eid.test.motcua.local",
      subject: `test-${person.identityNumber}`,
      kind: "individual",
      identity_number: person.identityNumber,
      identity_level: person.level ?? 2,
      full_name: person.fullName,
      address: "Số 12 phố Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa",
      phone: "0912345678",
      email: "citizen@example.vn",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const token = await openCitizenSession(db, row.id, 1, {});
  return { id: row.id, cookie: `motcua_citizen=${token}` };
}

/** The smallest file the uploads accept as a PDF (checked by its magic bytes). */
export const SAMPLE_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Sở Tư pháp and its procedure 1.003198, the dossier tests' usual reception. */
export async function adoptionReceptionIds(db: Db): Promise<{ agencyId: string; procedureId: string }> {
  return {
    agencyId: await agencyIdOf(db, "000.00.06.H56"),
    procedureId: await procedureIdOf(db, "1.003198"),
  };
}

/**
 * A lifecycle command by an officer on the view they saw, after moving the test clock forward;
 * expects 200 and returns the new view.
 */
export async function issueCommand(
  t: DossierTestApp,
  cookie: string | undefined,
  view: DossierView,
  type: DossierCommandType,
  body: Record<string, unknown> = {},
  advanceMs = 20 * MINUTE,
): Promise<DossierView> {
  t.clock.advance(advanceMs);
  const response = await call(t.app, cookie, "POST", dossierCommandPath(type, view.id), {
    expectedVersion: view.version,
    ...body,
  });
  if (response.status !== 200)
    throw new Error(`${type}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as DossierView;
}

/**
 * A complete counter reception of procedure 1.003198 (Sở Tư pháp, 30 calendar days; workflow:
 * one-stop → Phòng Hành chính tư pháp: specialist, unit head → director → return).
 */
export function counterReception(
  ids: { agencyId: string; procedureId: string },
  overrides: Partial<z.input<typeof ReceiveDossierRequest>> = {},
): Record<string, unknown> {
  return {
    agencyId: ids.agencyId,
    procedureId: ids.procedureId,
    channel: "counter",
    applicant: {
      kind: "individual",
      name: "Nguyễn Văn An",
      idNumber: "038085012345",
      phone: "0912345678",
      email: "an@example.vn",
      address: "Số 12 phố Trần Phú, phường Hạc Thành",
    },
    components: [{ index: 0, originals: 1 }, { index: 1, originals: 1 }, { index: 2 }],
    resultDelivery: "counter",
    outcome: { kind: "complete" },
    ...overrides,
  };
}

/** `app.inject` with a cookie and JSON, returning status and parsed body. */
export async function call(
  app: FastifyInstance,
  cookie: string | undefined,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const options: InjectOptions = {
    method,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(payload !== undefined ? { payload: payload as InjectOptions["payload"] } : {}),
  };
  const response = await app.inject(options);
  const body = response.headers["content-type"]?.toString().includes("json")
    ? response.json()
    : response.body;
  return { status: response.statusCode, body };
}

/** A counter reception of procedure 1.003198 at Sở Tư pháp, handed over by the one-stop: in processing at its first step. */
export async function dossierInProcessing(
  t: DossierTestApp,
  oneStopCookie: string | undefined,
): Promise<DossierView> {
  const ids = await adoptionReceptionIds(t.db);
  const received = await call(t.app, oneStopCookie, "POST", "/api/dossiers", counterReception(ids));
  if (received.status !== 201)
    throw new Error(`reception: ${received.status} ${JSON.stringify(received.body)}`);
  return issueCommand(t, oneStopCookie, received.body.dossier, "hand_over");
}

/** Uploads SAMPLE_PDF as an officer; returns the stored file's id. */
export async function uploadSamplePdf(
  t: DossierTestApp,
  cookie: string | undefined,
  name: string,
): Promise<string> {
  const upload = await t.app.inject({
    method: "POST",
    url: `/api/files?name=${encodeURIComponent(name)}`,
    headers: { cookie: cookie ?? "", "content-type": "application/pdf" },
    payload: SAMPLE_PDF,
  });
  if (upload.statusCode !== 201) throw new Error(`upload: ${upload.statusCode} ${upload.body}`);
  return upload.json().id;
}
