import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CitizenDossierView, DossierView, InboxPage } from "../../../contracts/dossiers.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { householdBusinessForm } from "./household-business-form.ts";
import {
  agencyIdOf,
  call,
  citizenSession,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  issueCommand,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
  SAMPLE_PDF,
} from "./test-support.ts";
import { verifyDossierChain } from "./verify-dossier-chain.ts";

/**
 * REC-8, PRC-5, WDR-1, WDR-2 from "Hồ sơ của tôi": the applicant answers the agency's request for
 * a supplement online and asks to withdraw, as the e-ID account of the session, through the same
 * transaction as officers' commands.
 */

/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm(
  { name: "Đỗ Thị Mai", idNumber: "038191003333", birthDate: "1991-03-12", gender: "nu" },
  "Hộ kinh doanh Bún chả Hạc Thành",
);

let t: DossierTestApp;
let officers: Record<string, string>;
let mai: { id: string; cookie: string };
let khoa: { id: string; cookie: string };
let dossier: CitizenDossierView;

const ONE_STOP = "hacthanh.motcua";
const SPECIALIST = "hacthanh.diachinh";

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  officers = await officerCookies(t.app, [ONE_STOP, SPECIALIST, "tthcc.motcua"]);
  mai = await citizenSession(t.db, { identityNumber: "038191003333", fullName: "Đỗ Thị Mai" });
  khoa = await citizenSession(t.db, { identityNumber: "038088004444", fullName: "Phạm Văn Khoa" });
  dossier = await submitOnline(mai.cookie);
});
afterAll(() => t.close());

async function upload(cookie: string, name = "giay-to-bo-sung.pdf"): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/citizen/files?name=${name}`,
    headers: { cookie, "content-type": "application/pdf" },
    payload: SAMPLE_PDF,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function submitOnline(cookie: string): Promise<CitizenDossierView> {
  const fileId = await upload(cookie, "giay-de-nghi.pdf");
  const response = await call(t.app, cookie, "POST", "/api/citizen/dossiers", {
    agencyId: await agencyIdOf(t.db, "000.00.51.H56"),
    procedureId: await procedureIdOf(t.db, "1.001612"),
    formData: HOUSEHOLD_BUSINESS,
    components: [{ index: 0, fileId }],
    resultDelivery: "electronic",
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const officerView = async (id: string) =>
  (await call(t.app, officers[ONE_STOP], "GET", `/api/dossiers/${id}`)).body as DossierView;
const citizenView = async (cookie: string, id: string) =>
  (await call(t.app, cookie, "GET", `/api/citizen/dossiers/${id}`)).body as CitizenDossierView;

async function rowOf(id: string) {
  return t.db
    .selectFrom("dossier")
    .select(["version", "status"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

async function attachmentsOf(id: string) {
  return t.db
    .selectFrom("dossier_attachment")
    .select(["file_id", "purpose", "dossier_version"])
    .where("dossier_id", "=", id)
    .orderBy("id")
    .execute();
}

const supplement = (cookie: string, id: string, body: Record<string, unknown>) =>
  call(t.app, cookie, "POST", `/api/citizen/dossiers/${id}/supplement`, body);
const withdraw = (cookie: string, id: string, body: Record<string, unknown>) =>
  call(t.app, cookie, "POST", `/api/citizen/dossiers/${id}/withdrawal`, body);

describe("REC-8: the applicant answers an online supplement request before acceptance", () => {
  let asked: DossierView;

  beforeAll(async () => {
    asked = await issueCommand(
      t,
      officers[ONE_STOP],
      await officerView(dossier.id),
      "request_online_supplement",
      {
        reason: "Giấy đề nghị chưa có chữ ký của chủ hộ.",
        items: ["Giấy đề nghị đăng ký hộ kinh doanh có chữ ký", "Bản sao CCCD của chủ hộ"],
      },
    );
    expect(asked.status).toBe("awaiting_online_supplement");
  });

  it("REC-8: the citizen's view shows the open request to answer, and that withdrawing is possible", async () => {
    const view = await citizenView(mai.cookie, dossier.id);
    expect(view.openSupplement).toMatchObject({
      kind: "reception",
      rule: "REC-3",
      reason: "Giấy đề nghị chưa có chữ ký của chủ hộ.",
      items: ["Giấy đề nghị đăng ký hộ kinh doanh có chữ ký", "Bản sao CCCD của chủ hộ"],
    });
    expect(view.canWithdraw).toBe(true);
    expect(view.withdrawals).toEqual([]);
  });

  it("REC-8: another citizen gets 404 on both routes, and nothing changes", async () => {
    const before = await rowOf(dossier.id);
    const fileId = await upload(khoa.cookie);
    const body = { expectedVersion: asked.version, documents: ["Giấy đề nghị"], fileIds: [fileId] };
    const answer = await supplement(khoa.cookie, dossier.id, body);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe("DOSSIER_NOT_FOUND");
    const asking = await withdraw(khoa.cookie, dossier.id, { expectedVersion: asked.version, reason: "Rút" });
    expect(asking.status).toBe(404);
    expect(await rowOf(dossier.id)).toEqual(before);
  });

  it("REC-8: the files must be the citizen's own uploads, and at least one is required", async () => {
    const others = await upload(khoa.cookie);
    const foreign = await supplement(mai.cookie, dossier.id, {
      expectedVersion: asked.version,
      documents: ["Giấy đề nghị"],
      fileIds: [others],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe("FILE_NOT_FOUND");
    const none = await supplement(mai.cookie, dossier.id, {
      expectedVersion: asked.version,
      documents: ["Giấy đề nghị"],
      fileIds: [],
    });
    expect(none.status).toBe(400);
    expect((await rowOf(dossier.id)).version).toBe(asked.version);
  });

  it("REC-8: the supplement puts it back to awaiting acceptance with a new 8-hour period, files attached, history kept", async () => {
    t.clock.advance(3 * HOUR);
    const fileId = await upload(mai.cookie);
    const response = await supplement(mai.cookie, dossier.id, {
      expectedVersion: asked.version,
      documents: ["Giấy đề nghị đăng ký hộ kinh doanh có chữ ký"],
      note: "Đã ký bổ sung.",
      fileIds: [fileId],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const view = response.body as CitizenDossierView;
    expect(view.status).toBe("awaiting_acceptance");
    expect(view.code).toBe(dossier.code); // CODE-2
    expect(view.openSupplement).toBeNull();
    expect(view.supplementRequests).toHaveLength(1);
    expect(view.supplementRequests[0]?.fulfilledAt).toBe(new Date(t.clock.now()).toISOString());
    expect(view.attachments.map((a) => [a.file?.id, a.purpose])).toContainEqual([fileId, "supplement"]);
    expect(await attachmentsOf(dossier.id)).toContainEqual({
      file_id: fileId,
      purpose: "supplement",
      dossier_version: view.version,
    });

    const officer = await officerView(dossier.id);
    const acceptance = officer.subDeadlines.filter((s) => s.kind === "online_acceptance");
    expect(acceptance).toHaveLength(2);
    expect(acceptance[0]).toMatchObject({ outcome: "met" });
    expect(acceptance[1]).toMatchObject({ from: new Date(t.clock.now()).toISOString(), closedAt: null });
    const events = await t.db
      .selectFrom("dossier_event")
      .select(["type", "actor", "payload"])
      .where("dossier_id", "=", dossier.id)
      .orderBy("version")
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      "dossier_submitted_online",
      "online_supplement_requested",
      "supplement_received",
    ]);
    expect(events[2]?.actor).toEqual({ kind: "applicant", accountId: mai.id });
    expect(events[2]?.payload).toMatchObject({
      requestKind: "reception",
      documents: ["Giấy đề nghị đăng ký hộ kinh doanh có chữ ký"],
      note: "Đã ký bổ sung.",
    });
    expect(await verifyDossierChain(t.db, dossier.id)).toMatchObject({ intact: true });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_kind", "object_id", "outcome"])
      .where("action", "=", "POST /api/citizen/dossiers/:dossierId/supplement")
      .where("object_id", "=", dossier.id)
      .execute();
    expect(audit).toContainEqual(expect.objectContaining({ actor_kind: "citizen", outcome: "success" }));

    const inbox = (await call(t.app, officers[ONE_STOP], "GET", "/api/inbox?box=to_receive"))
      .body as InboxPage;
    expect(inbox.items.map((item) => item.id)).toContain(dossier.id);
    dossier = view;
  });

  it("REC-8: a second supplement in the wrong status is refused with the domain's code; nothing changes", async () => {
    const before = await rowOf(dossier.id);
    const fileId = await upload(mai.cookie);
    const response = await supplement(mai.cookie, dossier.id, {
      expectedVersion: dossier.version,
      documents: ["Thêm một giấy"],
      fileIds: [fileId],
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "DOSSIER_STATUS_NOT_ALLOWED", rule: "REC-8" });
    expect(await rowOf(dossier.id)).toEqual(before);
    expect((await attachmentsOf(dossier.id)).map((a) => a.file_id)).not.toContain(fileId);
  });

  it("a stale version is 409 DOSSIER_VERSION_CONFLICT", async () => {
    const response = await withdraw(mai.cookie, dossier.id, {
      expectedVersion: dossier.version - 1,
      reason: "Rút",
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe("DOSSIER_VERSION_CONFLICT");
  });
});

describe("PRC-5: the applicant answers a return for supplement during processing", () => {
  let full: number;

  it("PRC-5: the processing time restarts from zero when the supplement arrives online", async () => {
    const accepted = await issueCommand(
      t,
      officers[ONE_STOP],
      await officerView(dossier.id),
      "accept_online",
    );
    full = accepted.clock.remainingMinutes ?? 0;
    expect(full).toBeGreaterThan(0);
    const handed = await issueCommand(t, officers[ONE_STOP], accepted, "hand_over");
    expect(handed.status).toBe("in_processing");
    const returned = await issueCommand(t, officers[SPECIALIST], handed, "return_for_supplement", {
      reason: "Thiếu hợp đồng thuê địa điểm kinh doanh.",
      items: ["Hợp đồng thuê địa điểm"],
    });
    expect(returned.status).toBe("awaiting_supplement");
    expect(returned.clock.phase).toBe("stopped");

    const asked = await citizenView(mai.cookie, dossier.id);
    expect(asked.openSupplement).toMatchObject({
      kind: "return",
      rule: "PRC-5",
      items: ["Hợp đồng thuê địa điểm"],
    });

    t.clock.advance(5 * HOUR);
    const fileId = await upload(mai.cookie, "hop-dong-thue.pdf");
    const response = await supplement(mai.cookie, dossier.id, {
      expectedVersion: asked.version,
      documents: ["Hợp đồng thuê địa điểm"],
      fileIds: [fileId],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe("in_processing");
    expect(response.body.openSupplement).toBeNull();
    expect(response.body.supplementRequests).toHaveLength(2);
    const officer = await officerView(dossier.id);
    expect(officer.clock.phase).toBe("running");
    expect(officer.clock.remainingMinutes).toBe(full);
    const inbox = (await call(t.app, officers[SPECIALIST], "GET", "/api/inbox?box=to_process"))
      .body as InboxPage;
    expect(inbox.items.map((item) => item.id)).toContain(dossier.id);
    dossier = response.body;
  });
});

describe("WDR-1, WDR-2: the applicant asks online to withdraw; the one-stop forwards it", () => {
  it("WDR-1: a reason is required", async () => {
    const response = await withdraw(mai.cookie, dossier.id, {
      expectedVersion: dossier.version,
      reason: "  ",
    });
    expect(response.status).toBe(400);
    expect((await rowOf(dossier.id)).status).toBe("in_processing");
  });

  it("WDR-1: the request is recorded as the applicant's, channel online, without a letter", async () => {
    t.clock.advance(30 * MINUTE);
    const response = await withdraw(mai.cookie, dossier.id, {
      expectedVersion: dossier.version,
      reason: "Gia đình thay đổi kế hoạch kinh doanh.",
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const view = response.body as CitizenDossierView;
    expect(view.status).toBe("withdrawal_requested");
    expect(view.canWithdraw).toBe(false);
    expect(view.withdrawals).toEqual([
      expect.objectContaining({
        reason: "Gia đình thay đổi kế hoạch kinh doanh.",
        channel: "online",
        outcome: "pending",
        requestedAt: new Date(t.clock.now()).toISOString(),
      }),
    ]);
    const event = await t.db
      .selectFrom("dossier_event")
      .select(["actor", "payload"])
      .where("dossier_id", "=", dossier.id)
      .where("type", "=", "withdrawal_requested")
      .executeTakeFirstOrThrow();
    expect(event.actor).toEqual({ kind: "applicant", accountId: mai.id });
    expect(event.payload).toMatchObject({ channel: "online", letterRef: null, returnTo: "in_processing" });
    dossier = view;
  });

  it("WDR-1: a second request while one is open is refused; nothing changes", async () => {
    const before = await rowOf(dossier.id);
    const response = await withdraw(mai.cookie, dossier.id, {
      expectedVersion: dossier.version,
      reason: "Lần nữa",
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("DOSSIER_STATUS_NOT_ALLOWED");
    expect(await rowOf(dossier.id)).toEqual(before);
  });

  it("WDR-2: the one-stop sees it with its 0.5-day duty and forwards it; the citizen sees it forwarded", async () => {
    const view = await officerView(dossier.id);
    expect(view.allowedCommands.map((c) => c.command)).toContain("forward_withdrawal");
    expect(view.subDeadlines.find((s) => s.kind === "withdrawal_forward")).toMatchObject({
      rule: "WDR-2",
      closedAt: null,
    });
    const inbox = (await call(t.app, officers[ONE_STOP], "GET", "/api/inbox?box=to_process"))
      .body as InboxPage;
    expect(inbox.items.map((item) => item.id)).toContain(dossier.id);
    const forwarded = await issueCommand(t, officers[ONE_STOP], view, "forward_withdrawal");
    expect(forwarded.status).toBe("withdrawal_forwarded");
    const mine = await citizenView(mai.cookie, dossier.id);
    expect(mine.withdrawals[0]?.outcome).toBe("forwarded");
    expect(mine.canWithdraw).toBe(false);
  });
});

describe("the applicant acts only on dossiers submitted with their account", () => {
  it("a counter dossier seen by ID number (level-2 e-ID) is answered at the one-stop: 409, nothing changes", async () => {
    const ids = {
      agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
      procedureId: await procedureIdOf(t.db, "1.003198"),
    };
    t.clock.advance(MINUTE);
    const received = await call(
      t.app,
      officers["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, {
        applicant: {
          kind: "individual",
          name: "Đỗ Thị Mai",
          idNumber: "038191003333",
          phone: null,
          email: null,
          address: null,
        },
      }),
    );
    expect(received.status).toBe(201);
    const counter = received.body.dossier as DossierView;
    const view = await citizenView(mai.cookie, counter.id);
    expect(view.canWithdraw).toBe(false);
    const response = await withdraw(mai.cookie, counter.id, {
      expectedVersion: counter.version,
      reason: "Rút",
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe("DOSSIER_NOT_SUBMITTED_ONLINE");
    expect((await rowOf(counter.id)).version).toBe(counter.version);
  });
});

describe("CITIZEN_PORTAL_ENABLED=false does not strand dossiers submitted while the portal was on", () => {
  it("REC-8, WDR-1: with the portal off, the applicant still supplements and asks to withdraw online (idempotent retry)", async () => {
    const submitted = await submitOnline(mai.cookie);
    const asked = await issueCommand(
      t,
      officers[ONE_STOP],
      await officerView(submitted.id),
      "request_online_supplement",
      {
        reason: "Thiếu bản sao CCCD.",
        items: ["Bản sao CCCD"],
      },
    );
    const off = await buildApp(
      { ...loadConfig({ CITIZEN_PORTAL_ENABLED: "false" }), LOG_LEVEL: "silent", WEB_DIST_DIR: "" },
      t.db,
      undefined,
      { clock: t.clock.now },
    );
    try {
      t.clock.advance(MINUTE);
      const fileId = await upload(mai.cookie, "cccd.pdf");
      const answered = await call(
        off,
        mai.cookie,
        "POST",
        `/api/citizen/dossiers/${submitted.id}/supplement`,
        {
          expectedVersion: asked.version,
          documents: ["Bản sao CCCD"],
          fileIds: [fileId],
        },
      );
      expect(answered.status, JSON.stringify(answered.body)).toBe(200);
      expect(answered.body.status).toBe("awaiting_acceptance");
      t.clock.advance(MINUTE);
      const url = `/api/citizen/dossiers/${submitted.id}/withdrawal`;
      const body = { expectedVersion: answered.body.version, reason: "Không kinh doanh nữa." };
      const key = { "idempotency-key": "rut-ho-so-1" };
      const withdrawn = await call(off, mai.cookie, "POST", url, body, key);
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect(withdrawn.body.status).toBe("withdrawal_requested");
      // The same request again with its Idempotency-Key (a retry): the first answer, nothing more recorded.
      const again = await call(off, mai.cookie, "POST", url, body, key);
      expect(again.status).toBe(200);
      expect(again.body.version).toBe(withdrawn.body.version);
      const requests = await t.db
        .selectFrom("dossier_event")
        .select("version")
        .where("dossier_id", "=", submitted.id)
        .where("type", "=", "withdrawal_requested")
        .execute();
      expect(requests).toHaveLength(1);
    } finally {
      await off.close();
    }
  });
});
