import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { passwordMetrics } from "./passwords.ts";
import { MAX_FAILED_LOGINS, TEMPORARY_LOCK_ACTION } from "./sign-in-attempts.ts";

const PASSWORD = "Motcua@2026";
let t: TestApp;
beforeAll(async () => {
  // The per-source limit is tested on its own below; here it must not hide the account's limit.
  t = await createTestApp({ RATE_LIMIT_SIGN_IN: { max: 100_000, windowSeconds: 600 } });
});
afterAll(() => t.close());

const login = (username: string, password: string, app = t.app) =>
  app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

const account = (username: string) =>
  t.database.db
    .selectFrom("officer")
    .select([
      "id",
      "status",
      "failed_logins",
      sql<number>`extract(epoch FROM locked_until - now())::float8`.as("rests_seconds"),
    ])
    .where("username", "=", username)
    .executeTakeFirstOrThrow();

/** Time passes: the account's rest is over (the database's clock cannot be moved). */
const endRest = (username: string) =>
  t.database.db
    .updateTable("officer")
    .set({ locked_until: sql<Date>`now() - interval '1 second'` })
    .where("username", "=", username)
    .execute();

const answerOf = (r: Awaited<ReturnType<typeof login>>) => ({
  status: r.statusCode,
  code: r.json().code,
  detail: r.json().detail,
  cookies: r.cookies.length,
});

describe("SEC-6 / ACC-1: attempts are counted before the password is checked", () => {
  it(`SEC-6: 200 parallel wrong passwords check at most ${MAX_FAILED_LOGINS} passwords`, async () => {
    const before = passwordMetrics.verifications;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login("tuphap.chuyenvien", `doan-sai-${i}`)),
    );
    expect(passwordMetrics.verifications - before).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    expect(new Set(answers.map((r) => `${r.statusCode} ${r.json().code}`))).toEqual(
      new Set(["401 AUTH_INVALID_CREDENTIALS"]),
    );
    const row = await account("tuphap.chuyenvien");
    expect(row.failed_logins).toBe(MAX_FAILED_LOGINS);
    expect(row.status).toBe("active");
    // The first rest is one minute, started by the fifth claimed attempt.
    expect(row.rests_seconds).toBeGreaterThan(0);
    expect(row.rests_seconds).toBeLessThanOrEqual(60);
  });

  it("SEC-6: the right password sent after a burst of wrong ones is refused while the account rests", async () => {
    await Promise.all(Array.from({ length: 7 }, (_, i) => login("xaydung.chuyenvien", `sai-${i}`)));
    const before = passwordMetrics.verifications;
    const right = await login("xaydung.chuyenvien", PASSWORD);
    expect(answerOf(right)).toMatchObject({ status: 401, code: "AUTH_INVALID_CREDENTIALS", cookies: 0 });
    expect(passwordMetrics.verifications).toBe(before);
  });

  it("SEC-6: an unknown account, an account at rest and a wrong password get the same answer, each after one hash", async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login("hacthanh.congchuc", `sai-${i}`);
    const attempts = [
      () => login("hacthanh.congchuc", PASSWORD),
      () => login("khong.ton.tai", PASSWORD),
      () => login("kstthc", "mat-khau-sai"),
    ];
    const answers = [];
    for (const attempt of attempts) {
      const hashes = passwordMetrics.verifications + passwordMetrics.decoys;
      answers.push(answerOf(await attempt()));
      expect(passwordMetrics.verifications + passwordMetrics.decoys - hashes).toBe(1);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[1]).toEqual(answers[2]);
    expect(answers[0]).toMatchObject({ status: 401, code: "AUTH_INVALID_CREDENTIALS", cookies: 0 });
    expect(answers[0]?.detail).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
  });

  it("ACC-1: the rest ends by itself, and the next series of wrong passwords rests the account twice as long", async () => {
    const username = "tuphap.truongphong";
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(username, `sai-${i}`);
    expect((await login(username, PASSWORD)).statusCode).toBe(401);
    await endRest(username);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(username, `sai-lan-2-${i}`);
    const second = await account(username);
    expect(second.failed_logins).toBe(2 * MAX_FAILED_LOGINS);
    expect(second.rests_seconds).toBeGreaterThan(110);
    expect(second.rests_seconds).toBeLessThanOrEqual(120);
    expect(second.status).toBe("active");

    await endRest(username);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
    expect(await account(username)).toMatchObject({ failed_logins: 0, rests_seconds: null });
  });

  it("ACC-1: administrators see the rest in the account's history and facts", async () => {
    const username = "xaydung.truongphong";
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(username, `sai-${i}`);
    const { id } = await account(username);
    const admin = await signInAs(t.app, "admin");
    const detail = (
      await t.app.inject({ url: `/api/admin/officers/${id}`, headers: { cookie: admin } })
    ).json();
    const entry = detail.accountHistory.find((e: { action: string }) => e.action === TEMPORARY_LOCK_ACTION);
    expect(entry).toMatchObject({ actorKind: "system", objectId: id, outcome: "success" });
    expect(entry.detail).toMatchObject({ failedLogins: MAX_FAILED_LOGINS });
    expect(Date.parse(entry.detail.lockedUntil)).toBeGreaterThan(Date.now());
    expect(detail.officer).toMatchObject({ status: "active", failedLogins: MAX_FAILED_LOGINS });
    expect(Date.parse(detail.officer.lockedUntil)).toBeGreaterThan(Date.now());
  });

  it("an account locked by an administrator says so only to the right password", async () => {
    await t.database.db
      .updateTable("officer")
      .set({ status: "locked", status_reason: "lost" })
      .where("username", "=", "samson.motcua")
      .execute();
    expect((await login("samson.motcua", "sai")).json().code).toBe("AUTH_INVALID_CREDENTIALS");
    const right = await login("samson.motcua", PASSWORD);
    expect([right.statusCode, right.json().code]).toEqual([403, "AUTH_ACCOUNT_LOCKED"]);
  });
});

describe("SEC-6: unsuccessful sign-ins are limited per source", () => {
  it("refuses a source with 429 and Retry-After once its failures reach the limit; successes do not count", async () => {
    const limited = await createTestApp({ RATE_LIMIT_SIGN_IN: { max: 3, windowSeconds: 900 } });
    try {
      for (let i = 0; i < 5; i++) await signInAs(limited.app, "kstthc");
      for (const name of ["mot", "hai", "ba"]) {
        expect((await login(`khong.co.${name}`, "sai", limited.app)).statusCode).toBe(401);
      }
      const refused = await login("kstthc", PASSWORD, limited.app);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers["content-type"]).toContain("application/problem+json");
      expect(refused.json()).toMatchObject({ code: "RATE_LIMITED" });
      expect(refused.json().detail).toContain("thử lại sau");
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(900);
      const elsewhere = await limited.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "kstthc", password: PASSWORD },
        remoteAddress: "203.0.113.7",
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
