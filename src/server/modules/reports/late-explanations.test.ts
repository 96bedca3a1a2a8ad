import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import type { LateExplanations } from "../../../contracts/late-explanations.ts";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import { flat, readPdf } from "../documents/pdf-test-support.ts";
import {
  call,
  createDossierTestApp,
  type DossierTestApp,
  issueCommand,
  officerCookies,
} from "../dossiers/test-support.ts";
import { reportFixture } from "./test-support.ts";

/**
 * RPT-3, PRC-8: the explanations of March 2026's late dossiers at Sở Tư pháp (procedure 1.002079,
 * 10 working days), worked out by hand. Listed (Biểu II.06a columns 10 and 13), by due date:
 * - K received Tue 10/02, overdue, its lateness reason recorded on 02/03 → explained;
 * - J received Thu 12/02, overdue, no reason → not explained (then explained through the
 *   dossier's own command, record-lateness-reason);
 * - C received Mon 02/03 10:00, finished Tue 17/03 after its due with a reason → explained;
 * - W received Mon 02/03 11:00, withdrawn Fri 20/03 after its due, no reason → not explained.
 * Not listed: A (resolved early) and L (received 25/03, in progress within time).
 */

const MARCH = "from=2026-03-01&to=2026-03-31";
const K_REASON = "Chờ kết quả xác minh của Sở Xây dựng";
const C_REASON = "Hồ sơ cần xác minh thêm";

let t: DossierTestApp;
let agencyId: string;
let cookies: Record<string, string>;
const code: Record<string, string> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await createDossierTestApp(vietnamInstant("2026-03-31T09:00"));
  const f = await reportFixture(t.db);
  agencyId = f.agencyId;
  const save = async (letter: string, builder: { save(): Promise<{ id: string; code: string }> }) => {
    const saved = await builder.save();
    code[letter] = saved.code;
    id[letter] = saved.id;
  };
  await save(
    "K",
    f
      .counter("2026-02-10T09:00")
      .handOver("2026-02-10T09:30")
      .at("2026-03-02T09:00", (b) => ({
        type: "record_lateness_reason",
        actor: b.stepOfficer(),
        reason: K_REASON,
      })),
  );
  await save("J", f.counter("2026-02-12T09:00").handOver("2026-02-12T09:30"));
  await save("C", f.counter("2026-03-02T10:00").toOneStop("2026-03-17T09:00").finish("2026-03-17T10:00"));
  await save("W", f.counter("2026-03-02T11:00").handOver("2026-03-02T11:30").withdraw("2026-03-20T09:00"));
  await save("A", f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"));
  await save("L", f.counter("2026-03-25T09:00").handOver("2026-03-25T09:30"));
  cookies = await officerCookies(t.app, ["tuphap.giamdoc", "tuphap.chuyenvien"]);
});
afterAll(() => t.close());

async function explanations(who = "tuphap.giamdoc"): Promise<LateExplanations> {
  const response = await call(
    t.app,
    cookies[who],
    "GET",
    `/api/reports/late-explanations?${MARCH}&agencyId=${agencyId}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as LateExplanations;
}

describe("explanations of late dossiers (RPT-3, PRC-8)", () => {
  it("RPT-3, PRC-8: per unit, the period's late dossiers with the reason recorded on each, or none", async () => {
    const list = await explanations();
    expect(list.totals).toEqual({ explained: 2, unexplained: 2 });
    expect(list.units).toHaveLength(1);
    const [unit] = list.units;
    expect(unit).toMatchObject({ explained: 2, unexplained: 2 });
    expect(unit?.dossiers.map((d) => [d.code, d.kind, d.explanation?.reason ?? null])).toEqual([
      [code.K, "in_progress_overdue", K_REASON],
      [code.J, "in_progress_overdue", null],
      [code.C, "resolved_late", C_REASON],
      [code.W, "resolved_late", null],
    ]);
    expect(unit?.dossiers[0]?.explanation?.recordedAt).toBe(
      new Date(vietnamInstant("2026-03-02T09:00")).toISOString(),
    );
  });

  it("PRC-9: a specialist may not read the list (403)", async () => {
    const response = await call(
      t.app,
      cookies["tuphap.chuyenvien"],
      "GET",
      `/api/reports/late-explanations?${MARCH}&agencyId=${agencyId}`,
    );
    expect(response.status).toBe(403);
  });

  it("PRC-8: a missing explanation entered through the dossier's own command shows in the list with its author", async () => {
    const view = (await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${id.J}`))
      .body as DossierView;
    const reason = "Chờ ý kiến của cơ quan phối hợp";
    await issueCommand(t, cookies["tuphap.giamdoc"], view, "record_lateness_reason", { reason });
    const list = await explanations();
    expect(list.totals).toEqual({ explained: 3, unexplained: 1 });
    const j = list.units[0]?.dossiers.find((d) => d.code === code.J);
    expect(j?.explanation).toMatchObject({ reason, recordedBy: expect.stringMatching(/\S/) });
    expect(j?.version).toBeGreaterThan(view.version);
  });

  it("RPT-3: the II.06a exports carry the annex: a sheet in Excel, a page in the PDF", async () => {
    const query = `${MARCH}&agencyId=${agencyId}`;
    const xlsx = await t.app.inject({
      method: "GET",
      url: `/api/reports/ii06a/export?${query}&format=xlsx`,
      headers: { cookie: cookies["tuphap.giamdoc"] ?? "" },
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Giải trình quá hạn");
    const values = (sheet?.getSheetValues() ?? []).flatMap((row) =>
      Array.isArray(row) ? row.map(String) : [],
    );
    expect(values).toContain(code.W);
    expect(values).toContain("Chưa giải trình");
    expect(values.some((value) => value.startsWith(K_REASON))).toBe(true);
    expect(values.some((value) => value.includes(code.A ?? "-"))).toBe(false);

    const pdf = await t.app.inject({
      method: "GET",
      url: `/api/reports/ii06a/export?${query}&format=pdf`,
      headers: { cookie: cookies["tuphap.giamdoc"] ?? "" },
    });
    const text = flat(await readPdf(pdf.rawPayload));
    expect(text).toContain("PHỤ LỤC: GIẢI TRÌNH HỒ SƠ QUÁ HẠN");
    expect(text).toContain("đã giải trình: 3; chưa giải trình: 1");
  });
});
