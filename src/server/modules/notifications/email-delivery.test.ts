import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Dossier } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { deliverMessages } from "../delivery/deliver-messages.ts";
import { retryDelay } from "../delivery/destination.ts";
import { startDeliveryWorker } from "../delivery/start-delivery-worker.ts";
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
import { emailDestination } from "./email-destination.ts";
import { enqueueNotifications } from "./enqueue-notifications.ts";
import { createMailer, type Mailer } from "./mailer.ts";
import { startTestSmtpServer, type TestSmtpServer } from "./smtp-test-server.ts";

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
  await t.db.deleteFrom("outbox_message").execute();
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

const outbox = () =>
  t.db.selectFrom("outbox_message").selectAll().where("destination", "=", "email").orderBy("seq").execute();

/** One round of the "email" destination through `sender`, giving up after `maxAttempts`. */
const dispatch = (sender: Mailer, maxAttempts = 10) =>
  deliverMessages(t.db, emailDestination(sender, SITE, maxAttempts), t.clock.now, { batch: 10 });

/** A port nothing listens on (a server opened and closed). */
async function closedPort(): Promise<number> {
  const probe = await startTestSmtpServer();
  await probe.close();
  return probe.port;
}

describe("applicants' e-mails through the delivery outbox (house rules 2 and 8)", () => {
  it("REC-2: a received dossier's e-mail arrives with its code, a Vietnamese subject and the lookup link", async () => {
    const { id, code } = await receiveDossier();
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "queued", ordering_key: id, attempts: 0 });
    expect(row?.payload).toMatchObject({ kind: "dossier_received", rule: "REC-2", dossierCode: code });
    expect(row?.next_attempt_at.getTime()).toBe(t.clock.now());

    t.clock.advance(MINUTE);
    expect(await dispatch(mailer)).toEqual({ delivered: 1, retrying: 0, parked: 0, lastError: null });
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
    expect(sent).toMatchObject({ status: "delivered", attempts: 1, last_error: null, lease_token: null });
    expect(sent?.delivered_at?.getTime()).toBe(t.clock.now());
    expect((await dispatch(mailer)).delivered).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("house rule 2: a message enqueued in a transaction that rolls back is never recorded; enqueueing again adds nothing", async () => {
    const { id } = await receiveDossier();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.deleteFrom("outbox_message").execute();
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

  it("SMTP down: the message stays queued with the attempt, the error and the next attempt; sent when the server is back", async () => {
    const port = await closedPort();
    const down = createMailer(`smtp://127.0.0.1:${port}`, FROM);
    await receiveDossier();
    await receiveDossier();

    const report = await dispatch(down);
    expect(report).toMatchObject({ delivered: 0, retrying: 1, parked: 0 });
    expect(report.lastError).toMatch(/ECONNREFUSED/);
    const [first, second] = await outbox();
    expect(first).toMatchObject({ status: "queued", attempts: 1, delivered_at: null, lease_token: null });
    expect(first?.last_error).toMatch(/ECONNREFUSED/);
    expect(first?.next_attempt_at.getTime()).toBe(t.clock.now() + retryDelay(1));
    // The server is down for every message: the round stopped instead of failing them all.
    expect(second).toMatchObject({ status: "queued", attempts: 0, last_error: null });

    const back = await startTestSmtpServer({ port });
    try {
      expect((await dispatch(down)).delivered).toBe(1);
      t.clock.advance(retryDelay(1));
      expect((await dispatch(down)).delivered).toBe(1);
      expect(back.received).toHaveLength(2);
      expect((await outbox()).map((row) => [row.status, row.attempts])).toEqual([
        ["delivered", 2],
        ["delivered", 1],
      ]);
    } finally {
      down.close();
      await back.close();
    }
  });

  it("after the last attempt the message is parked, kept, and no longer tried", async () => {
    const down = createMailer(`smtp://127.0.0.1:${await closedPort()}`, FROM);
    await receiveDossier();
    expect((await dispatch(down, 2)).retrying).toBe(1);
    t.clock.advance(retryDelay(1));
    expect((await dispatch(down, 2)).parked).toBe(1);
    t.clock.advance(retryDelay(2));
    expect(await dispatch(mailer, 2)).toMatchObject({ delivered: 0, parked: 0 });
    expect(await outbox()).toMatchObject([{ status: "parked", attempts: 2, delivered_at: null }]);
    down.close();
  });

  it("two workers at once send each message exactly once (FOR UPDATE SKIP LOCKED and a lease)", async () => {
    for (let i = 0; i < 6; i += 1) await receiveDossier();
    const slow = await startTestSmtpServer({ delayMs: 100 });
    const slowMailer = createMailer(`smtp://127.0.0.1:${slow.port}`, FROM);
    try {
      const reports = await Promise.all([dispatch(slowMailer), dispatch(slowMailer)]);
      expect(reports.map((report) => report.delivered).reduce((a, b) => a + b)).toBe(6);
      expect(reports.every((report) => report.delivered > 0)).toBe(true);
      expect(new Set(slow.received.map((mail) => mail.messageId)).size).toBe(6);
      expect(slow.received).toHaveLength(6);
      expect((await outbox()).every((row) => row.status === "delivered" && row.attempts === 1)).toBe(true);
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
    const wrong = createMailer(wrongUrl, FROM);
    const worker = startDeliveryWorker({
      db: t.db,
      destination: emailDestination(wrong, SITE, 10),
      clock: t.clock.now,
      log,
      intervalMs: 20,
      batch: 10,
      onStop: () => wrong.close(),
    });
    try {
      while (!(await outbox())[0]?.last_error) await sleep(20);
    } finally {
      await worker.stop();
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row?.last_error).toMatch(/535/);
    expect(lines.join("")).toContain("delivery failed");
    for (const secret of secrets) {
      expect(row?.last_error).not.toContain(secret);
      expect(lines.join("")).not.toContain(secret);
    }

    const right = createMailer(
      `smtp://${auth.user}:${encodeURIComponent(auth.pass)}@127.0.0.1:${guarded.port}`,
      FROM,
    );
    t.clock.advance(retryDelay(1));
    expect((await dispatch(right)).delivered).toBe(1);
    expect(guarded.received).toHaveLength(1);
    right.close();
    await guarded.close();
  });

  it("the periodic worker sends what is enqueued and stops cleanly", async () => {
    await receiveDossier();
    const worker = startDeliveryWorker({
      db: t.db,
      destination: emailDestination(mailer, SITE, 10),
      clock: t.clock.now,
      log: pino({ level: "silent" }),
      intervalMs: 20,
      batch: 10,
    });
    try {
      while (smtp.received.length === 0) await sleep(20);
    } finally {
      await worker.stop();
    }
    expect(await outbox()).toMatchObject([{ status: "delivered", attempts: 1 }]);
  });
});
