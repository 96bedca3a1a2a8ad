import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView, InboxCounts, InboxPage } from "../../../contracts/dossiers.ts";
import {
  call,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  dossierInProcessing,
  HOUR,
  issueCommand,
  nextWorkingMorning,
  officerCookies,
  uploadSamplePdf,
} from "./test-support.ts";

/** WDR-2..4 in the inbox: who must decide a forwarded withdrawal sees it, and when it is late. */

let t: DossierTestApp;
let cookies: Record<string, string>;
let view: DossierView;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["tthcc.motcua", "tuphap.giamdoc", "tuphap.chuyenvien"]);
  view = await dossierInProcessing(t, cookies["tthcc.motcua"]);
  view = await issueCommand(t, cookies["tthcc.motcua"], view, "request_withdrawal", {
    reason: "Không còn nhu cầu",
    letterFileId: await uploadSamplePdf(t, cookies["tthcc.motcua"], "don-rut.pdf"),
  });
  expect(await rowIn("tthcc.motcua", "to_process"), "WDR-2: the one-stop must forward it").toBeDefined();
  view = await issueCommand(t, cookies["tthcc.motcua"], view, "forward_withdrawal");
});
afterAll(() => t.close());

const box = async (who: string, name: string) => {
  const response = await call(t.app, cookies[who], "GET", `/api/inbox?box=${name}&pageSize=100`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as InboxPage;
};
const rowIn = async (who: string, name: string) =>
  (await box(who, name)).items.find((item) => item.id === view.id);
const counts = async (who: string) =>
  ((await call(t.app, cookies[who], "GET", "/api/inbox/counts")).body as InboxCounts).counts;

describe("a withdrawal forwarded to the agency (WDR-2, WDR-3)", () => {
  it("WDR-3: is in the deciding agency's box to process, with no overdue sub-deadline yet", async () => {
    expect(view.status).toBe("withdrawal_forwarded");
    const row = await rowIn("tuphap.giamdoc", "to_process");
    expect(row?.overdueSubDeadlines).toEqual([]);
    expect(await rowIn("tuphap.giamdoc", "overdue")).toBeUndefined();
    expect(await rowIn("tuphap.chuyenvien", "to_process")).toBeUndefined();
  });

  it("WDR-3: undecided past its due, it is overdue for the agency and the one-stop, naming the sub-deadline", async () => {
    const before = await counts("tuphap.giamdoc");
    const due = Date.parse(
      view.subDeadlines.find((entry) => entry.kind === "withdrawal_decision")?.due ?? "",
    );
    t.clock.set(due + HOUR);
    expect(Date.parse(view.clock.due ?? "")).toBeGreaterThan(due + DAY);
    for (const who of ["tuphap.giamdoc", "tthcc.motcua"]) {
      const row = await rowIn(who, "overdue");
      expect(row?.overdueSubDeadlines).toEqual([
        {
          kind: "withdrawal_decision",
          label: "Giải quyết yêu cầu rút hồ sơ",
          rule: "WDR-3",
          due: new Date(due).toISOString(),
        },
      ]);
      expect(row?.timeClass).toBe("ok");
    }
    expect((await counts("tuphap.giamdoc")).overdue).toBe(before.overdue + 1);
  });

  it("WDR-4: once allowed, the marker goes; the papers to send back are the agency's work", async () => {
    view = await issueCommand(
      t,
      cookies["tuphap.giamdoc"],
      view,
      "allow_withdrawal",
      { papersBack: true },
      0,
    );
    expect(view.status).toBe("withdrawal_allowed");
    expect(await rowIn("tuphap.giamdoc", "overdue")).toBeUndefined();
    expect((await rowIn("tuphap.giamdoc", "to_process"))?.overdueSubDeadlines).toEqual([]);
  });

  it("WDR-4: the papers sent back wait in the one-stop's box to return", async () => {
    view = await issueCommand(t, cookies["tuphap.giamdoc"], view, "send_papers_back", {}, 0);
    expect(view.status).toBe("withdrawal_papers_returned");
    expect(await rowIn("tthcc.motcua", "to_return")).toBeDefined();
    expect(await rowIn("tuphap.giamdoc", "to_process")).toBeUndefined();
  });
});
