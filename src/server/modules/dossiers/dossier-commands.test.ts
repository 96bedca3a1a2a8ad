import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { allocateDossierCode } from "./allocate-code.ts";
import {
  agencyIdOf,
  call,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
} from "./test-support.ts";

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, [
    "tthcc.motcua",
    "hacthanh.motcua",
    "tuphap.giamdoc",
    "tuphap.chuyenvien",
  ]);
  ids = {
    agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
    procedureId: await procedureIdOf(t.db, "1.003198"),
  };
});
afterAll(() => t.close());

async function receive(overrides = {}, headers: Record<string, string> = {}) {
  const response = await call(
    t.app,
    cookies["tthcc.motcua"],
    "POST",
    "/api/dossiers",
    counterReception(ids, overrides),
    headers,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.dossier as DossierView;
}

async function snapshot(dossierId: string) {
  const row = await t.db
    .selectFrom("dossier")
    .select(["version", "status", "state", "updated_at"])
    .where("id", "=", dossierId)
    .executeTakeFirstOrThrow();
  const events = await t.db
    .selectFrom("dossier_event")
    .select(["version", "hash"])
    .where("dossier_id", "=", dossierId)
    .orderBy("version")
    .execute();
  return { row, events };
}

describe("CODE-1 / CODE-2: dossier codes allocated by the database", () => {
  it("CODE-1: 200 parallel receptions in one agency on one day get 0001..0200, no gap, no duplicate", async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(
          t.app,
          cookies["tthcc.motcua"],
          "POST",
          "/api/dossiers",
          counterReception(ids, {
            applicant: {
              kind: "individual",
              name: `Người nộp ${i}`,
              idNumber: null,
              phone: null,
              email: null,
              address: null,
            },
          }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const codes = responses.map((r) => r.body.dossier.code as string);
    const sequences = codes.map((code) => Number(code.split("-")[2])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(codes.map((code) => code.slice(0, -5))).size).toBe(1);
    expect(codes[0]).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
  }, 60_000);

  it("CODE-1: a reception rolled back gives its number back; the day is the Vietnam date", async () => {
    const agency = { id: await agencyIdOf(t.db, "000.00.07.H56"), code: "000.00.07.H56" };
    // 17:30 UTC on 31/12 is 00:30 on 01/01 in Vietnam.
    const newYear = Date.parse("2026-12-31T17:30:00Z");
    await expect(
      t.db.transaction().execute(async (trx) => {
        expect(await allocateDossierCode(trx, agency, newYear)).toBe("000.00.07.H56-270101-0001");
        throw new Error("the reception failed after its code was allocated");
      }),
    ).rejects.toThrow(/failed/);
    const codes = [];
    for (let i = 0; i < 2; i += 1) {
      codes.push(await t.db.transaction().execute((trx) => allocateDossierCode(trx, agency, newYear)));
    }
    expect(codes).toEqual(["000.00.07.H56-270101-0001", "000.00.07.H56-270101-0002"]);
  });

  it("CODE-2: the code never changes along the lifecycle", async () => {
    const view = await receive();
    t.clock.advance(MINUTE);
    const handed = await call(t.app, cookies["tthcc.motcua"], "POST", `/api/dossiers/${view.id}/hand-over`, {
      expectedVersion: 1,
    });
    expect(handed.status).toBe(200);
    expect(handed.body.code).toBe(view.code);
  });
});

describe("house rule 2: one transaction per command, optimistic version", () => {
  it("two parallel commands on one dossier: exactly one 200, the other 409; the history has one event", async () => {
    const view = await receive();
    t.clock.advance(MINUTE);
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        call(t.app, cookies["tthcc.motcua"], "POST", `/api/dossiers/${view.id}/hand-over`, {
          expectedVersion: 1,
        }),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const conflict = [a, b].find((r) => r?.status === 409)?.body;
    expect(conflict).toMatchObject({ code: "DOSSIER_VERSION_CONFLICT", status: 409 });
    expect(conflict.detail).toMatch(/^Hồ sơ vừa được người khác cập nhật/);
    const { row, events } = await snapshot(view.id);
    expect(row.version).toBe(2);
    expect(events.map((e) => e.version)).toEqual([1, 2]);
  });

  it("a stale expectedVersion is refused with 409 and changes nothing", async () => {
    const view = await receive();
    const before = await snapshot(view.id);
    const stale = await call(t.app, cookies["tthcc.motcua"], "POST", `/api/dossiers/${view.id}/hand-over`, {
      expectedVersion: 7,
    });
    expect(stale.status).toBe(409);
    expect(await snapshot(view.id)).toEqual(before);
  });

  it("PRC-9: a command the lifecycle refuses is 422 with its rule, and nothing changes (row and events)", async () => {
    const view = await receive();
    const before = await snapshot(view.id);
    t.clock.advance(MINUTE);
    // The director may approve, but not a dossier still at the one-stop.
    const refused = await call(t.app, cookies["tuphap.giamdoc"], "POST", `/api/dossiers/${view.id}/approve`, {
      expectedVersion: 1,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ status: 422, rule: "PRC-9" });
    expect(typeof refused.body.detail).toBe("string");
    // The specialist's unit does not hold it yet: outside their scope (PRC-9).
    const notHis = await call(
      t.app,
      cookies["tuphap.chuyenvien"],
      "POST",
      `/api/dossiers/${view.id}/hand-over`,
      {
        expectedVersion: 1,
      },
    );
    expect(notHis.status).toBe(403);
    expect(await snapshot(view.id)).toEqual(before);
  });

  it("bad input is a 400 with field paths, never a 500 (rule 6)", async () => {
    const view = await receive();
    const missing = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      `/api/dossiers/${view.id}/hand-over`,
      {},
    );
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe("expectedVersion");
    const nul = await call(t.app, cookies["tthcc.motcua"], "POST", "/api/dossiers", {
      ...counterReception(ids),
      outcome: { kind: "refused", reason: "Giấy tờ\u0000 giả" },
    });
    expect(nul.status).toBe(400);
  });
});

describe("duplicate submissions: Idempotency-Key", () => {
  it("the same key twice: the same answer, one event, nothing else changes", async () => {
    const view = await receive();
    t.clock.advance(MINUTE);
    const send = () =>
      call(
        t.app,
        cookies["tthcc.motcua"],
        "POST",
        `/api/dossiers/${view.id}/hand-over`,
        { expectedVersion: 1 },
        { "idempotency-key": `hand-over-${view.id}` },
      );
    const first = await send();
    t.clock.advance(MINUTE);
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    const { events } = await snapshot(view.id);
    expect(events).toHaveLength(2);
  });

  it("a reception repeated with its key creates one dossier, one code", async () => {
    const before = await t.db
      .selectFrom("dossier")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const key = { "idempotency-key": "quay-3-lan-nop-17" };
    const [first, second] = await Promise.all([receive({}, key), receive({}, key)]);
    expect(second.id).toBe(first.id);
    expect(second.code).toBe(first.code);
    const after = await t.db
      .selectFrom("dossier")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
  });

  it("the same key for a different request is refused (422)", async () => {
    const key = { "idempotency-key": "khoa-dung-lai" };
    await receive({}, key);
    const other = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, { resultDelivery: "post" }),
      key,
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });
});

describe("REC-2 at the counter", () => {
  it("REC-2 (b): an incomplete dossier gets the Mẫu 02 slip listing what is missing; no dossier, no code", async () => {
    const before = await t.db
      .selectFrom("dossier")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, {
        outcome: {
          kind: "incomplete",
          reason: "Thiếu giấy khám sức khỏe",
          missingItems: ["Giấy khám sức khỏe"],
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      kind: "slip",
      slip: { kind: "incomplete", rule: "REC-2", form: "mau_02", missingItems: ["Giấy khám sức khỏe"] },
    });
    const after = await t.db
      .selectFrom("dossier")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("REC-2 (c): a refusal at reception is a dossier refused at reception (Mẫu 03), final", async () => {
    const view = await receive({
      outcome: { kind: "refused", reason: "Người nộp không đủ điều kiện nhận con nuôi" },
    });
    expect(view.status).toBe("refused_at_reception");
    expect(view.refusal?.reason).toBe("Người nộp không đủ điều kiện nhận con nuôi");
    expect(view.timeline[0]?.label).toBe("Từ chối tiếp nhận hồ sơ (Mẫu 03)");
    expect(view.allowedCommands.map((c) => c.command)).not.toContain("hand_over");
  });

  it("REC-2: a complete dossier must hold every required component", async () => {
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, {
        components: [{ index: 0, originals: 1, certifiedCopies: 0, photocopies: 0, fileId: null }],
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "COMPONENTS_MISSING", rule: "REC-2" });
  });

  it("PRC-9: a one-stop officer of another agency may not receive for Sở Tư pháp (403)", async () => {
    const response = await call(
      t.app,
      cookies["hacthanh.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids),
    );
    expect(response.status).toBe(403);
  });

  it("REC-2 (a): a procedure the agency does not handle is refused with guidance to the competent agency", async () => {
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception({ ...ids, procedureId: await procedureIdOf(t.db, "1.001612") }),
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("PROCEDURE_NOT_OFFERED");
  });
});

describe("uploads are checked by content and size", () => {
  it("a file that is not PDF, JPEG or PNG by its bytes is refused, whatever it claims", async () => {
    const fake = await t.app.inject({
      method: "POST",
      url: "/api/files",
      headers: { cookie: cookies["tthcc.motcua"] ?? "", "content-type": "application/pdf" },
      payload: Buffer.from("MZ\x90\x00 this is an executable"),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe("FILE_TYPE_NOT_ALLOWED");
    const png = await t.app.inject({
      method: "POST",
      url: "/api/files",
      headers: { cookie: cookies["tthcc.motcua"] ?? "", "content-type": "application/octet-stream" },
      payload: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(64),
      ]),
    });
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ mime: "image/png", size: 72 });
    const big = await t.app.inject({
      method: "POST",
      url: "/api/files",
      headers: { cookie: cookies["tthcc.motcua"] ?? "", "content-type": "application/pdf" },
      payload: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024)]),
    });
    expect(big.statusCode).toBe(413);
  });

  it("a file uploaded by someone else cannot be attached", async () => {
    const upload = await t.app.inject({
      method: "POST",
      url: "/api/files",
      headers: { cookie: cookies["tuphap.giamdoc"] ?? "", "content-type": "application/pdf" },
      payload: Buffer.from("%PDF-1.4\ntrailer <<>>\n%%EOF\n"),
    });
    const fileId = upload.json().id;
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, {
        components: [
          { index: 0, originals: 0, certifiedCopies: 0, photocopies: 0, fileId },
          { index: 1, originals: 1, certifiedCopies: 0, photocopies: 0, fileId: null },
          { index: 2, originals: 0, certifiedCopies: 0, photocopies: 0, fileId: null },
        ],
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("FILE_NOT_FOUND");
  });
});
