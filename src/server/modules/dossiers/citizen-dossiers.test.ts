import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CitizenDossierView, DossierView, InboxPage } from "../../../contracts/dossiers.ts";
import { flat, readPdf } from "../documents/pdf-test-support.ts";
import { householdBusinessForm } from "./household-business-form.ts";
import { runDueJobs } from "./run-due-jobs.ts";
import {
  agencyIdOf,
  call,
  citizenSession,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
} from "./test-support.ts";

/** Online submission (REC-4, REC-3), the citizen's own dossiers (rule 7) and the public lookup (CODE-3). */

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm(
  { name: "Nguyễn Văn An", idNumber: "038090011111", birthDate: "1990-05-20", gender: "nam" },
  "Hộ kinh doanh Bánh cuốn Hạc Thành",
);

let t: DossierTestApp;
let officers: Record<string, string>;
let an: { id: string; cookie: string };
let binh: { id: string; cookie: string };
let cuong: { id: string; cookie: string };
let hacThanh: string;
let householdBusiness: string;
let online: CitizenDossierView;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  officers = await officerCookies(t.app, ["hacthanh.motcua", "tthcc.motcua", "tuphap.giamdoc"]);
  an = await citizenSession(t.db, { identityNumber: "038090011111", fullName: "Nguyễn Văn An" });
  binh = await citizenSession(t.db, { identityNumber: "038192004567", fullName: "Lê Thị Bình" });
  cuong = await citizenSession(t.db, {
    identityNumber: "038201007890",
    fullName: "Trần Văn Cường",
    level: 1,
  });
  hacThanh = await agencyIdOf(t.db, "000.00.51.H56");
  householdBusiness = await procedureIdOf(t.db, "1.001612");
});
afterAll(() => t.close());

async function upload(cookie: string): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/citizen/files?name=giay-de-nghi.pdf",
    headers: { cookie, "content-type": "application/pdf" },
    payload: PDF,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

describe("REC-4: online submission by the signed-in applicant", () => {
  it("REC-4: the e-form is checked on the server, every problem at once with its path", async () => {
    const fileId = await upload(an.cookie);
    const response = await call(t.app, an.cookie, "POST", "/api/citizen/dossiers", {
      agencyId: hacThanh,
      procedureId: householdBusiness,
      formData: {
        ...HOUSEHOLD_BUSINESS,
        tenHoKinhDoanh: "Bánh cuốn",
        nganhNghe: [{ tenNganh: "Ăn uống", maNganh: "56" }],
      },
      components: [{ index: 0, fileId }],
      resultDelivery: "electronic",
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "FORM_DATA_INVALID", rule: "REC-4" });
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["tenHoKinhDoanh", "nganhNghe[0].maNganh"]),
    );
  });

  it("REC-4: a required component not uploaded is refused", async () => {
    const response = await call(t.app, an.cookie, "POST", "/api/citizen/dossiers", {
      agencyId: hacThanh,
      procedureId: householdBusiness,
      formData: HOUSEHOLD_BUSINESS,
      components: [],
      resultDelivery: "electronic",
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "COMPONENTS_MISSING", rule: "REC-4" });
  });

  it("REC-4 / REC-3: a complete submission waits for acceptance; the 8 working hours start now", async () => {
    const fileId = await upload(an.cookie);
    const response = await call(t.app, an.cookie, "POST", "/api/citizen/dossiers", {
      agencyId: hacThanh,
      procedureId: householdBusiness,
      formData: HOUSEHOLD_BUSINESS,
      components: [{ index: 0, fileId }],
      resultDelivery: "electronic",
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    online = response.body;
    expect(online.code).toMatch(/^000\.00\.51\.H56-\d{6}-0001$/);
    expect(online.status).toBe("awaiting_acceptance");
    expect(online.clock.phase).toBe("not_started");
    expect(online.timeline.map((e) => e.label)).toEqual(["Nộp hồ sơ trực tuyến"]);
    expect(online.attachments.map((a) => a.file?.id)).toEqual([fileId]);
    const row = await t.db
      .selectFrom("dossier")
      .select(["applicant_account_id", "form_data", "acceptance_due_at", "inbox_due_at", "holder_role"])
      .where("id", "=", online.id)
      .executeTakeFirstOrThrow();
    expect(row.applicant_account_id).toBe(an.id);
    expect(row.form_data).toMatchObject({ tenHoKinhDoanh: "Hộ kinh doanh Bánh cuốn Hạc Thành" });
    expect(row.inbox_due_at).toEqual(row.acceptance_due_at);
    expect(row.holder_role).toBe("one_stop_officer");
  });

  it("REC-3: the one-stop's inbox counts down the 8 working hours and warns before they end", async () => {
    const inbox = async () =>
      (await call(t.app, officers["hacthanh.motcua"], "GET", "/api/inbox?box=to_receive")).body as InboxPage;
    const row = (await inbox()).items.find((item) => item.id === online.id);
    expect(row?.acceptance).toMatchObject({ remainingMinutes: 480, warning: false, late: false });
    expect(row?.timeClass).toBe("ok");
    const due = Date.parse(row?.acceptance?.due ?? "");
    t.clock.set(due - 30 * MINUTE);
    const soon = (await inbox()).items.find((item) => item.id === online.id);
    expect(soon?.acceptance).toMatchObject({ remainingMinutes: 30, warning: true, late: false });
    expect(soon?.timeClass).toBe("due_soon");
    const dueSoon = (await call(t.app, officers["hacthanh.motcua"], "GET", "/api/inbox?box=due_soon"))
      .body as InboxPage;
    expect(dueSoon.items.map((item) => item.id)).toContain(online.id);
  });

  it("REC-3: the one-stop accepts it in time; the statutory clock starts at acceptance", async () => {
    const view = (await call(t.app, officers["hacthanh.motcua"], "GET", `/api/dossiers/${online.id}`))
      .body as DossierView;
    expect(view.allowedCommands.map((c) => c.command)).toEqual(
      expect.arrayContaining(["accept_online", "request_online_supplement", "refuse_reception"]),
    );
    const accepted = await call(
      t.app,
      officers["hacthanh.motcua"],
      "POST",
      `/api/dossiers/${online.id}/accept-online`,
      {
        expectedVersion: view.version,
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("received");
    expect(
      accepted.body.subDeadlines.find((s: { kind: string }) => s.kind === "online_acceptance"),
    ).toMatchObject({
      outcome: "met",
    });
  });

  it("REC-9: the accepting officer's one-stop office becomes the reception office, and Mẫu 01 names it", async () => {
    const office = await t.db
      .selectFrom("agency")
      .select(["id", "name"])
      .where("code", "=", "000.01.51.H56")
      .executeTakeFirstOrThrow();
    const row = await t.db
      .selectFrom("dossier")
      .select("reception_office_id")
      .where("id", "=", online.id)
      .executeTakeFirstOrThrow();
    expect(row.reception_office_id).toBe(office.id);
    const receipt = await t.app.inject({
      method: "GET",
      url: `/api/dossiers/${online.id}/forms/mau-01`,
      headers: { cookie: officers["hacthanh.motcua"] as string },
    });
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(flat(await readPdf(receipt.rawPayload))).toContain(`${office.name} tiếp nhận hồ sơ của:`);
  });
});

describe("rule 7: a citizen sees only their own dossiers", () => {
  let counter: DossierView;

  beforeAll(async () => {
    const ids = {
      agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
      procedureId: await procedureIdOf(t.db, "1.003198"),
    };
    t.clock.advance(MINUTE);
    const forAn = counterReception(ids, {
      applicant: {
        kind: "individual",
        name: "Nguyễn Văn An",
        idNumber: "038090011111",
        phone: "0912345678",
        email: null,
        address: "Số 12 phố Trần Phú, phường Hạc Thành",
      },
    });
    const received = await call(t.app, officers["tthcc.motcua"], "POST", "/api/dossiers", forAn);
    expect(received.status).toBe(201);
    counter = received.body.dossier;
    const forCuong = counterReception(ids, {
      applicant: {
        kind: "individual",
        name: "Trần Văn Cường",
        idNumber: "038201007890",
        phone: null,
        email: null,
        address: null,
      },
    });
    expect((await call(t.app, officers["tthcc.motcua"], "POST", "/api/dossiers", forCuong)).status).toBe(201);
  });

  it("the online dossier and, for a level-2 e-ID, the counter dossier under their ID number", async () => {
    const list = await call(t.app, an.cookie, "GET", "/api/citizen/dossiers");
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id).sort()).toEqual([online.id, counter.id].sort());
    expect(list.body.total).toBe(2);
    const mine = await call(t.app, an.cookie, "GET", `/api/citizen/dossiers/${counter.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.statusLabel).toBe("Đã tiếp nhận");
  });

  it("a level-1 e-ID (not verified in person) does not get counter dossiers by ID number", async () => {
    const list = await call(t.app, cuong.cookie, "GET", "/api/citizen/dossiers");
    expect(list.body.items).toEqual([]);
  });

  it("another citizen's dossier is 404, never 403 (that would tell it exists)", async () => {
    expect((await call(t.app, binh.cookie, "GET", "/api/citizen/dossiers")).body.items).toEqual([]);
    for (const id of [online.id, counter.id, "00000000-0000-4000-8000-000000000000"]) {
      const response = await call(t.app, binh.cookie, "GET", `/api/citizen/dossiers/${id}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe("DOSSIER_NOT_FOUND");
    }
    const file = await call(
      t.app,
      binh.cookie,
      "GET",
      `/api/citizen/dossiers/${online.id}/files/${online.attachments[0]?.file?.id}`,
    );
    expect(file.status).toBe(404);
    const own = await t.app.inject({
      url: `/api/citizen/dossiers/${online.id}/files/${online.attachments[0]?.file?.id}`,
      headers: { cookie: an.cookie },
    });
    expect(own.statusCode).toBe(200);
  });

  it("citizen routes are for citizens: an officer's session is 401", async () => {
    const response = await call(t.app, officers["tthcc.motcua"], "GET", "/api/citizen/dossiers");
    expect(response.status).toBe(401);
  });
});

describe("CODE-3: public lookup by code", () => {
  it("CODE-3: status, procedure, agency and dates; the name masked; no ID number, phone or address", async () => {
    const response = await t.app.inject({ url: `/api/public/dossiers/${online.code}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      code: online.code,
      status: "received",
      statusLabel: "Đã tiếp nhận",
      nationalStatusCode: 2,
      procedure: { code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh" },
      agency: { code: "000.00.51.H56" },
      applicantName: "Nguyễn V*** A*",
    });
    expect(body.appointment).not.toBeNull();
    for (const secret of ["038090011111", "0912345678", "Trần Phú", "Nguyễn Văn An", "citizen@example.vn"]) {
      expect(response.body).not.toContain(secret);
    }
  });

  it("an unknown code is 404; a malformed one 400", async () => {
    expect((await t.app.inject({ url: "/api/public/dossiers/000.00.51.H56-990101-0001" })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: "/api/public/dossiers/abc" })).statusCode).toBe(400);
  });
});

describe("REC-3: the acceptance deadline breached", () => {
  it("REC-3: 8 working hours without acceptance are a breach: shown overdue, recorded in the audit once", async () => {
    const fileId = await upload(an.cookie);
    const submitted = await call(t.app, an.cookie, "POST", "/api/citizen/dossiers", {
      agencyId: hacThanh,
      procedureId: householdBusiness,
      formData: HOUSEHOLD_BUSINESS,
      components: [{ index: 0, fileId }],
      resultDelivery: "electronic",
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const id = (submitted.body as CitizenDossierView).id;
    const { acceptance_due_at: due } = await t.db
      .selectFrom("dossier")
      .select("acceptance_due_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    t.clock.set((due?.getTime() ?? 0) + MINUTE);
    const overdue = (await call(t.app, officers["hacthanh.motcua"], "GET", "/api/inbox?box=overdue"))
      .body as InboxPage;
    expect(overdue.items.find((item) => item.id === id)?.acceptance).toMatchObject({ late: true });

    const breaches = () =>
      t.db
        .selectFrom("audit_log")
        .select(["actor_kind", "detail"])
        .where("action", "=", "JOB acceptance-breach")
        .where("object_id", "=", id)
        .execute();
    await runDueJobs(t.db, () => t.clock.now());
    t.clock.advance(HOUR);
    await runDueJobs(t.db, () => t.clock.now());
    const recorded = await breaches();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      actor_kind: "system",
      detail: { rule: "REC-3", breach: "online_acceptance", due: due?.toISOString() },
    });
  });
});
