import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierCommandType, DossierView } from "../../../contracts/dossiers.ts";
import { type DossierEvent, dossierInvariantViolations, replay } from "../../../domain/dossier/index.ts";
import { eventOfRow } from "./event-hash.ts";
import {
  agencyIdOf,
  call,
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
 * The counter journey over HTTP, through the demo workflow of procedure 1.003198 at Sở Tư pháp
 * (reception and return at the provincial public-service centre; Phòng Hành chính tư pháp:
 * specialist, then head of unit; the director approves): every step by the officer whose seat it
 * is, each answer the new dossier view with the buttons of whoever asked.
 */

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set(await nextWorkingMorning(t.db));
  cookies = await officerCookies(t.app, [
    "tthcc.motcua",
    "tuphap.chuyenvien",
    "tuphap.truongphong",
    "tuphap.giamdoc",
    "xaydung.chuyenvien",
  ]);
  ids = {
    agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
    procedureId: await procedureIdOf(t.db, "1.003198"),
  };
});
afterAll(() => t.close());

const command = (
  who: string,
  view: DossierView,
  type: DossierCommandType,
  body: Record<string, unknown> = {},
) => issueCommand(t, cookies[who], view, type, body);

const buttons = (view: DossierView) => view.allowedCommands.map((c) => c.command);

describe("the counter journey over HTTP (REC-2, PRC-1, PRC-2, PRC-9, RES-1..4)", () => {
  let view: DossierView;

  it("REC-2 / CODE-1: the one-stop receives a complete dossier: code, appointment, clock running", async () => {
    t.clock.advance(HOUR);
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.kind).toBe("dossier");
    view = response.body.dossier;
    expect(view.code).toMatch(/^000\.00\.06\.H56-\d{6}-0001$/);
    expect(view.status).toBe("received");
    expect(view.statusLabel).toBe("Đã tiếp nhận");
    expect(view.nationalStatusCode).toBe(2);
    expect(view.clock.phase).toBe("running");
    expect(view.clock.appointment).not.toBeNull();
    expect(view.timeline.map((e) => [e.label, e.actor.name])).toEqual([
      ["Tiếp nhận hồ sơ", "Nguyễn Thị Lan"],
    ]);
    expect(view.attachments.map((a) => a.componentIndex)).toEqual([0, 1, 2]);
    // The workflow's own reception, signing and return steps are the lifecycle's stages.
    expect(view.workflow.steps.map((s) => s.role)).toEqual(["specialist", "unit_head"]);
    expect(buttons(view)).toContain("hand_over");
  });

  it("PRC-9: an officer of another agency can neither see nor move it (403)", async () => {
    const seen = await call(t.app, cookies["xaydung.chuyenvien"], "GET", `/api/dossiers/${view.id}`);
    expect(seen.status).toBe(403);
    const moved = await call(
      t.app,
      cookies["xaydung.chuyenvien"],
      "POST",
      `/api/dossiers/${view.id}/hand-over`,
      {
        expectedVersion: view.version,
      },
    );
    expect(moved.status).toBe(403);
  });

  it("PRC-2: hand-overs along the workflow, each by the officer of the step", async () => {
    view = await command("tthcc.motcua", view, "hand_over");
    expect(view.status).toBe("in_processing");
    expect(view.step?.name).toBe("Xác minh, thẩm định điều kiện nhận con nuôi");
    // The specialist's view offers the step's commands, not the leader's.
    const specialistView = (
      await call(t.app, cookies["tuphap.chuyenvien"], "GET", `/api/dossiers/${view.id}`)
    ).body as DossierView;
    expect(buttons(specialistView)).toContain("hand_over");
    expect(buttons(specialistView)).not.toContain("approve");
    // PRC-9: assignment is offered to the director only while somebody can be assigned.
    const directorButtons = async () =>
      buttons((await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${view.id}`)).body);
    expect(await directorButtons()).toContain("assign");
    await t.db
      .updateTable("officer")
      .set({ status: "revoked" })
      .where("username", "=", "tuphap.chuyenvien")
      .execute();
    try {
      expect(await directorButtons()).not.toContain("assign");
    } finally {
      await t.db
        .updateTable("officer")
        .set({ status: "active" })
        .where("username", "=", "tuphap.chuyenvien")
        .execute();
    }

    view = await command("tuphap.chuyenvien", specialistView, "hand_over");
    expect(view.step?.index).toBe(1);
    view = await command("tuphap.truongphong", view, "submit_for_approval");
    expect(view.status).toBe("awaiting_approval");
    expect(buttons(view)).not.toContain("approve");
  });

  it("PRC-9: the director approves; the step that prepared it uploads the result and sends it (RES-1)", async () => {
    const leaderView = (await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${view.id}`))
      .body as DossierView;
    expect(buttons(leaderView)).toEqual(expect.arrayContaining(["approve", "send_back", "issue_apology"]));
    // The next step of the way is offered first (the workspace fills its button), not the apology.
    expect(buttons(leaderView)[0]).toBe("approve");
    view = await command("tuphap.giamdoc", leaderView, "approve", { note: "Đồng ý" });
    expect(view.status).toBe("approved");

    const upload = await t.app.inject({
      method: "POST",
      url: "/api/files?name=giay-xac-nhan.pdf",
      headers: { cookie: cookies["tuphap.truongphong"] ?? "", "content-type": "application/pdf" },
      payload: SAMPLE_PDF,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().id;
    view = await command("tuphap.truongphong", view, "upload_result", {
      documentNumber: "125/GXN-STP",
      fileId,
    });
    expect(view.result?.documentNumber).toBe("125/GXN-STP");
    view = await command("tuphap.truongphong", view, "send_result");
    expect(view.status).toBe("result_at_one_stop");

    const file = await t.app.inject({
      url: `/api/dossiers/${view.id}/files/${fileId}`,
      headers: { cookie: cookies["tuphap.giamdoc"] ?? "" },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.rawPayload.equals(SAMPLE_PDF)).toBe(true);
  });

  it("RES-1 / CAL-9: confirmed on the due date before the due instant: finished on time; RES-4: returned", async () => {
    const due = Date.parse(view.clock.due ?? "");
    t.clock.set(due - 40 * MINUTE);
    const oneStopView = (await call(t.app, cookies["tthcc.motcua"], "GET", `/api/dossiers/${view.id}`))
      .body as DossierView;
    view = await command("tthcc.motcua", oneStopView, "confirm_result");
    expect(view.status).toBe("result_ready");
    expect(view.clock.finish?.outcome).toBe("on_time");
    view = await command("tthcc.motcua", view, "return_result", { reference: "Ký nhận tại quầy" });
    expect(view.status).toBe("returned");
    expect(view.statusLabel).toBe("Đã trả kết quả");
    expect(view.nationalStatusCode).toBe(10);
    expect(view.timeline.map((e) => e.type)).toEqual([
      "dossier_received",
      "handed_over",
      "handed_over",
      "submitted_for_approval",
      "approved",
      "result_uploaded",
      "result_sent",
      "result_confirmed",
      "result_returned",
    ]);
    expect(view.timeline.find((e) => e.type === "result_confirmed")?.facts).toEqual([
      { kind: "finish", outcome: "on_time" },
    ]);
    expect(view.integrity).toEqual({ intact: true, events: 9, brokenAtVersion: null });
  });

  it("house rule 2: the row equals replay(events), and the state keeps the lifecycle's invariants", async () => {
    const row = await t.db
      .selectFrom("dossier")
      .selectAll()
      .where("id", "=", view.id)
      .executeTakeFirstOrThrow();
    const events = await t.db
      .selectFrom("dossier_event")
      .selectAll()
      .where("dossier_id", "=", view.id)
      .orderBy("version")
      .execute();
    const replayed = replay(events.map(eventOfRow) as DossierEvent[]);
    expect(replayed).toEqual(row.state);
    expect(dossierInvariantViolations(replayed)).toEqual([]);
    expect(row.version).toBe(events.length);
    expect(row.status).toBe("returned");
    expect(row.finish_outcome).toBe("on_time");
    expect(row.closed_at).not.toBeNull();
    expect(row.inbox_due_at).toBeNull();
  });

  it("house rule 3: the event chain verifies; an event edited behind the trigger's back is found", async () => {
    expect(await verifyDossierChain(t.db, view.id)).toEqual({ intact: true, events: 9 });
    await expect(
      sql`UPDATE dossier_event SET rule = 'X' WHERE dossier_id = ${view.id} AND version = 3`.execute(
        t.database.ownerDb,
      ),
    ).rejects.toThrow(/append-only/);
    // Only a superuser can switch the trigger off: the app's role cannot (db/app-role.test.ts).
    await t.database.ownerDb.connection().execute(async (conn) => {
      await sql`SET session_replication_role = replica`.execute(conn);
      await sql`UPDATE dossier_event SET payload = jsonb_set(payload, '{handOver,by,officerId}', '"someone-else"')
                WHERE dossier_id = ${view.id} AND version = 3`.execute(conn);
      await sql`SET session_replication_role = origin`.execute(conn);
    });
    expect(await verifyDossierChain(t.db, view.id)).toEqual({
      intact: false,
      events: 9,
      brokenAtVersion: 3,
      reason: "hash_mismatch",
    });
    const tampered = (await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${view.id}`))
      .body as DossierView;
    expect(tampered.integrity).toEqual({ intact: false, events: 9, brokenAtVersion: 3 });
  });
});
