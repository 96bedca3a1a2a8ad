import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Dossier } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { stateOf } from "../dossiers/dossier-store.ts";
import { eventOfRow } from "../dossiers/event-hash.ts";
import {
  agencyIdOf,
  call,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
} from "../dossiers/test-support.ts";
import { dispatchNotifications, retryDelay } from "./dispatch-notifications.ts";
import { enqueueNotifications } from "./enqueue-notifications.ts";
import { createMailer, type Mailer } from "./mailer.ts";
import { startTestSmtpServer, type TestSmtpServer } from "./smtp-test-server.ts";
import { startNotificationDispatcher } from "./start-notification-dispatcher.ts";

/**
 * The outbox against PostgreSQL and a real SMTP server: dossiers are received through the real
 * reception use case (POST /api/dossiers, procedure 1.003198 at Sở Tư pháp), whose transaction
 * puts the applicant's message in the outbox with the events.
 */

const FROM = '"Bộ phận Một cửa" <motcua@localhost>';
const SITE = "https://dichvucong.thanhhoa.gov.vn";

let t: DossierTestApp;
let officer: string;
let ids: { agencyId: string; procedureId: string };
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set(await nextWorkingMorning(t.db));
  officer = (await officerCookies(t.app, ["tthcc.motcua"]))["tthcc.motcua"] as string;
  ids = {
    agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
    procedureId: await procedureIdOf(t.db, "1.003198"),
  };
  smtp = await startTestSmtpServer();
  mailer = createMailer(`smtp://127.0.0.1:${smtp.port}`, FROM);
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
  await t.close();
});
beforeEach(async () => {
  await t.db.deleteFrom("notification_outbox").execute();
  smtp.received.length = 0;
});

async function loadDossier(
  db: Db,
  dossierId: string,
): Promise<{ dossier: Dossier; events: ReturnType<typeof eventOfRow>[] }> {
  const row = await db
    .selectFrom("dossier")
    .selectAll()
    .where("id", "=", dossierId)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom("dossier_event")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("version")
    .execute();
  return { dossier: stateOf(row), events: events.map(eventOfRow) };
}

/** A dossier received at the counter (the dossier store queues its message); its code and id. */
async function receiveDossier(): Promise<{ id: string; code: string }> {
  t.clock.advance(MINUTE);
  const response = await call(t.app, officer, "POST", "/api/dossiers", counterReception(ids));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return (response.body as { dossier: { id: string; code: string } }).dossier;
}

const outbox = () => t.db.selectFrom("notification_outbox").selectAll().orderBy("created_at").execute();
const options = { batch: 10, lookupBaseUrl: SITE };

/** A port nothing listens on (a server opened and closed). */
async function closedPort(): Promise<number> {
  const probe = await startTestSmtpServer();
  await probe.close();
  return probe.port;
}

describe("the notification outbox (house rules 2 and 8)", () => {
  it("REC-2: a received dossier's e-mail arrives with its code, a Vietnamese subject and the lookup link", async () => {
    const { code } = await receiveDossier();
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "pending", kind: "dossier_received", rule: "REC-2", attempts: 0 });
    expect(row?.next_attempt_at.getTime()).toBe(t.clock.now());

    t.clock.advance(MINUTE);
    expect(await dispatchNotifications(t.db, mailer, t.clock.now, options)).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
      lastError: null,
    });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.subject).toBe(`Hồ sơ ${code} đã được tiếp nhận`);
    expect(mail?.from).toBe("Bộ phận Một cửa <motcua@localhost>");
    expect(mail?.to).toBe("an@example.vn");
    expect(mail?.messageId).toBe(`<${row?.id}@motcua>`);
    expect(mail?.text).toContain("Kính gửi Ông/Bà Nguyễn Văn An,");
    expect(mail?.text).toContain(`Mã hồ sơ: ${code}`);
    expect(mail?.text).toContain("Ngày hẹn trả kết quả: ");
    expect(mail?.text).toContain(`Tra cứu tình trạng hồ sơ: ${SITE}/tra-cuu?ma=${encodeURIComponent(code)}`);
    expect(mail?.raw).toMatch(/charset=utf-8/i);

    const [sent] = await outbox();
    expect(sent).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    expect(sent?.sent_at?.getTime()).toBe(t.clock.now());
    expect((await dispatchNotifications(t.db, mailer, t.clock.now, options)).sent).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("house rule 2: a message enqueued in a transaction that rolls back is never recorded; enqueueing again adds nothing", async () => {
    const { id } = await receiveDossier();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.deleteFrom("notification_outbox").execute();
        const { dossier, events } = await loadDossier(trx, id);
        await enqueueNotifications(trx, dossier, events);
        throw new Error("the change fails after the events");
      }),
    ).rejects.toThrow("the change fails");
    await t.db.transaction().execute(async (trx) => {
      const { dossier, events } = await loadDossier(trx, id);
      await enqueueNotifications(trx, dossier, events);
    });
    expect(await outbox()).toHaveLength(1);
  });

  it("SMTP down: the row stays pending with the attempt, the error and the next attempt; sent when the server is back", async () => {
    const port = await closedPort();
    const down = createMailer(`smtp://127.0.0.1:${port}`, FROM);
    await receiveDossier();
    await receiveDossier();

    const report = await dispatchNotifications(t.db, down, t.clock.now, options);
    expect(report).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    expect(report.lastError).toMatch(/ECONNREFUSED/);
    const [first, second] = await outbox();
    expect(first).toMatchObject({ status: "pending", attempts: 1, sent_at: null });
    expect(first?.last_error).toMatch(/ECONNREFUSED/);
    expect(first?.next_attempt_at.getTime()).toBe(t.clock.now() + retryDelay(1));
    // The server is down for every message: the round stopped instead of failing them all.
    expect(second).toMatchObject({ status: "pending", attempts: 0, last_error: null });

    const back = await startTestSmtpServer({ port });
    try {
      expect((await dispatchNotifications(t.db, down, t.clock.now, options)).sent).toBe(1);
      t.clock.advance(retryDelay(1));
      expect((await dispatchNotifications(t.db, down, t.clock.now, options)).sent).toBe(1);
      expect(back.received).toHaveLength(2);
      expect((await outbox()).map((row) => [row.status, row.attempts])).toEqual([
        ["sent", 2],
        ["sent", 1],
      ]);
    } finally {
      down.close();
      await back.close();
    }
  });

  it("after the last attempt the row is failed, kept, and no longer tried", async () => {
    const down = createMailer(`smtp://127.0.0.1:${await closedPort()}`, FROM);
    await receiveDossier();
    const limited = { ...options, maxAttempts: 2 };
    expect((await dispatchNotifications(t.db, down, t.clock.now, limited)).retrying).toBe(1);
    t.clock.advance(retryDelay(1));
    expect((await dispatchNotifications(t.db, down, t.clock.now, limited)).failed).toBe(1);
    t.clock.advance(retryDelay(2));
    expect(await dispatchNotifications(t.db, mailer, t.clock.now, limited)).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(await outbox()).toMatchObject([{ status: "failed", attempts: 2, sent_at: null }]);
    down.close();
  });

  it("two dispatchers at once send each message exactly once (FOR UPDATE SKIP LOCKED)", async () => {
    for (let i = 0; i < 6; i += 1) await receiveDossier();
    const slow = await startTestSmtpServer({ delayMs: 100 });
    const slowMailer = createMailer(`smtp://127.0.0.1:${slow.port}`, FROM);
    try {
      const reports = await Promise.all([
        dispatchNotifications(t.db, slowMailer, t.clock.now, options),
        dispatchNotifications(t.db, slowMailer, t.clock.now, options),
      ]);
      expect(reports.map((report) => report.sent).reduce((a, b) => a + b)).toBe(6);
      expect(reports.every((report) => report.sent > 0)).toBe(true);
      expect(new Set(slow.received.map((mail) => mail.messageId)).size).toBe(6);
      expect(slow.received).toHaveLength(6);
      expect((await outbox()).every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
    } finally {
      slowMailer.close();
      await slow.close();
    }
  });

  it("credentials never appear in the stored error nor in the logs; the right ones deliver", async () => {
    const auth = { user: "motcua-mailer", pass: "Đúng-mật-khẩu!" };
    const guarded = await startTestSmtpServer({ auth });
    const wrongPass = "Sai#mật:khẩu@1";
    const wrongUrl = `smtp://${auth.user}:${encodeURIComponent(wrongPass)}@127.0.0.1:${guarded.port}`;
    const secrets = [
      auth.user,
      wrongPass,
      encodeURIComponent(wrongPass),
      Buffer.from(wrongPass).toString("base64"),
    ];
    const lines: string[] = [];
    const log = pino(
      { level: "info" },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    await receiveDossier();
    const dispatcher = startNotificationDispatcher({
      db: t.db,
      mailer: createMailer(wrongUrl, FROM),
      clock: t.clock.now,
      log,
      intervalMs: 20,
      ...options,
    });
    try {
      while ((await outbox())[0]?.attempts === 0) await sleep(20);
    } finally {
      await dispatcher.stop();
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row?.last_error).toMatch(/535/);
    expect(lines.join("")).toContain("notification delivery failed");
    for (const secret of secrets) {
      expect(row?.last_error).not.toContain(secret);
      expect(lines.join("")).not.toContain(secret);
    }

    const right = createMailer(
      `smtp://${auth.user}:${encodeURIComponent(auth.pass)}@127.0.0.1:${guarded.port}`,
      FROM,
    );
    t.clock.advance(retryDelay(1));
    expect((await dispatchNotifications(t.db, right, t.clock.now, options)).sent).toBe(1);
    expect(guarded.received).toHaveLength(1);
    right.close();
    await guarded.close();
  });

  it("the periodic dispatcher sends what is enqueued and stops cleanly", async () => {
    await receiveDossier();
    const dispatcher = startNotificationDispatcher({
      db: t.db,
      mailer: createMailer(`smtp://127.0.0.1:${smtp.port}`, FROM),
      clock: t.clock.now,
      log: pino({ level: "silent" }),
      intervalMs: 20,
      ...options,
    });
    try {
      while (smtp.received.length === 0) await sleep(20);
    } finally {
      await dispatcher.stop();
    }
    expect(await outbox()).toMatchObject([{ status: "sent", attempts: 1 }]);
  });
});
