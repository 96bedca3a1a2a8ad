import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierAssignees, DossierView } from "../../../contracts/dossiers.ts";
import {
  call,
  createDossierTestApp,
  type DossierTestApp,
  dossierInProcessing,
  HOUR,
  issueCommand,
  nextWorkingMorning,
  officerCookies,
  uploadSamplePdf,
} from "./test-support.ts";

/**
 * PRC-9: who keeps reading a dossier as it moves along its workflow (the route gate,
 * `dossierAgencyOf`), and who may be chosen when a step is assigned.
 */

let t: DossierTestApp;
let cookies: Record<string, string>;
let view: DossierView;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, [
    "tthcc.motcua",
    "tuphap.chuyenvien",
    "tuphap.truongphong",
    "tuphap.giamdoc",
    "xaydung.chuyenvien",
    "xaydung.giamdoc",
  ]);
  view = await dossierInProcessing(t, cookies["tthcc.motcua"]);
});
afterAll(() => t.close());

const read = (who: string) => call(t.app, cookies[who], "GET", `/api/dossiers/${view.id}`);
const assignees = (who: string) => call(t.app, cookies[who], "GET", `/api/dossiers/${view.id}/assignees`);

describe("PRC-9: assigning a step lists who may do it", () => {
  it("PRC-9: the head of the step's unit gets the active officers holding the step's role there, names and usernames only", async () => {
    const answer = await assignees("tuphap.truongphong");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body as DossierAssignees;
    expect(body.officers.map((o) => o.username)).toEqual(["tuphap.chuyenvien"]);
    expect(Object.keys(body.officers[0] ?? {}).sort()).toEqual(["fullName", "id", "username"]);
  });

  it("PRC-9: a locked officer is not offered", async () => {
    await t.db
      .updateTable("officer")
      .set({ status: "locked" })
      .where("username", "=", "tuphap.chuyenvien")
      .execute();
    const body = (await assignees("tuphap.giamdoc")).body as DossierAssignees;
    expect(body.officers).toEqual([]);
    await t.db
      .updateTable("officer")
      .set({ status: "active" })
      .where("username", "=", "tuphap.chuyenvien")
      .execute();
  });

  it("PRC-9: a specialist may not ask, nor may a leader of another agency (403)", async () => {
    expect((await assignees("tuphap.chuyenvien")).status).toBe(403);
    expect((await assignees("xaydung.giamdoc")).status).toBe(403);
  });
});

describe("PRC-9: officers who acted on a dossier keep reading it", () => {
  it("PRC-9: the head of unit still reads it after submitting it for approval", async () => {
    view = await issueCommand(t, cookies["tuphap.chuyenvien"], view, "hand_over");
    view = await issueCommand(t, cookies["tuphap.truongphong"], view, "submit_for_approval");
    expect(view.status).toBe("awaiting_approval");
    const answer = await read("tuphap.truongphong");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await read("tuphap.chuyenvien")).status).toBe(200);
  });

  it("PRC-9: and after sending the result to the one-stop", async () => {
    view = await issueCommand(t, cookies["tuphap.giamdoc"], view, "approve", { note: "Đồng ý" });
    view = await issueCommand(t, cookies["tuphap.truongphong"], view, "upload_result", {
      documentNumber: "7/GXN-STP",
      fileId: await uploadSamplePdf(t, cookies["tuphap.truongphong"], "ket-qua.pdf"),
    });
    view = await issueCommand(t, cookies["tuphap.truongphong"], view, "send_result");
    expect(view.status).toBe("result_at_one_stop");
    const answer = await read("tuphap.truongphong");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const commands = (answer.body as DossierView).allowedCommands.map((c) => c.command);
    expect(commands).not.toContain("send_result");
  });

  it("PRC-9: officers of an unrelated agency still never read it (403)", async () => {
    expect((await read("xaydung.chuyenvien")).status).toBe(403);
    expect((await read("xaydung.giamdoc")).status).toBe(403);
  });
});

describe("PRC-2: the timeline says how each hand-over's step did", () => {
  it("PRC-2: each hand-over carries early / on time / late against its step's due (as Mẫu 05)", async () => {
    const timeline = ((await read("tuphap.giamdoc")).body as DossierView).timeline;
    const handOvers = timeline.filter((entry) => entry.handOver !== null);
    // The one-stop's hand-over is untimed; each step finished well within its own duration.
    expect(handOvers.map((entry) => [entry.type, entry.handOver?.outcome])).toEqual([
      ["handed_over", null],
      ["handed_over", "early"],
      ["submitted_for_approval", "early"],
      ["result_sent", "early"],
    ]);
    expect(
      handOvers.slice(1).every((entry) => Date.parse(entry.handOver?.due ?? "") > Date.parse(entry.at)),
    ).toBe(true);
    expect(timeline.find((entry) => entry.type === "approved")?.handOver).toBeNull();
  });
});
