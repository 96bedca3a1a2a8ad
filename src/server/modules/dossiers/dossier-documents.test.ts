import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CitizenDossierView, DossierView } from "../../../contracts/dossiers.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { decodeQrOnPage, flat, readPdf } from "../documents/pdf-test-support.ts";
import { TRACKING_BOOK_FIRST_ROW } from "../documents/render-tracking-book.ts";
import { placeName } from "./dossier-documents.ts";
import {
  adoptionReceptionIds,
  agencyIdOf,
  call,
  citizenSession,
  counterReception,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  HOUR,
  issueCommand,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

/**
 * The printable forms wired to the dossier store (documents/routes.ts + dossier-documents.ts):
 * officers within the dossier's agencies, citizens for their own dossiers only (CODE-3, REC-2 d).
 */

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };
let view: DossierView;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["tthcc.motcua", "tuphap.giamdoc", "hacthanh.motcua"]);
  ids = await adoptionReceptionIds(t.db);
  const response = await call(t.app, cookies["tthcc.motcua"], "POST", "/api/dossiers", counterReception(ids));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  view = response.body.dossier;
});
afterAll(() => t.close());

const get = (cookie: string | undefined, url: string) =>
  t.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

describe("printable forms of stored dossiers (Mẫu 01–06)", () => {
  it("REC-2 / CODE-3: an officer of the receiving agency gets Mẫu 01 as a PDF with the code and the lookup QR", async () => {
    expect(view.forms).toEqual(["mau-01", "mau-05"]);
    const response = await get(cookies["tuphap.giamdoc"], `/api/dossiers/${view.id}/forms/mau-01`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = await readPdf(response.rawPayload);
    const text = flat(pdf);
    expect(text).toContain(view.code);
    expect(text).toContain("Sở Tư pháp");
    expect(text).toContain("Nguyễn Thị Lan"); // the one-stop officer who received it
    expect(text).toContain("Thanh Hóa, ngày");
    expect(text).toContain("Quyển số");
    expect(await decodeQrOnPage(pdf)).toBe(
      `http://localhost:3000/tra-cuu?ma=${encodeURIComponent(view.code)}`,
    );
  });

  it("REC-2: a demo dossier's receipt prints too", async () => {
    const demo = await t.db
      .selectFrom("dossier")
      .select(["id", "code"])
      .where("status", "=", "in_processing")
      .where("receiving_agency_id", "=", ids.agencyId)
      .executeTakeFirstOrThrow();
    const response = await get(cookies["tthcc.motcua"], `/api/dossiers/${demo.id}/forms/mau-01`);
    expect(response.statusCode, response.body).toBe(200);
    expect(flat(await readPdf(response.rawPayload))).toContain(demo.code);
  });

  it("PRC-9: an officer of another agency gets no form of it (403, as for the dossier)", async () => {
    const response = await get(cookies["hacthanh.motcua"], `/api/dossiers/${view.id}/forms/mau-01`);
    expect(response.statusCode).toBe(403);
  });

  it("a form that does not apply is 409 DOCUMENT_NOT_AVAILABLE; an unknown dossier 404", async () => {
    const refusal = await get(cookies["tthcc.motcua"], `/api/dossiers/${view.id}/forms/mau-03`);
    expect(refusal.statusCode).toBe(409);
    expect(refusal.json()).toMatchObject({ code: "DOCUMENT_NOT_AVAILABLE" });
    const unknown = await get(
      cookies["tthcc.motcua"],
      "/api/dossiers/0b9f3c8e-6a6f-4c51-9d1e-6f1d5b2c7aff/forms/mau-01",
    );
    expect(unknown.statusCode).toBe(404);
  });

  it("CODE-3: a citizen gets Mẫu 01 of their own dossier only; another's is 404", async () => {
    const an = await citizenSession(t.db, { identityNumber: "038085012345", fullName: "Nguyễn Văn An" });
    const own = (await call(t.app, an.cookie, "GET", `/api/citizen/dossiers/${view.id}`))
      .body as CitizenDossierView;
    expect(own.forms).toEqual(["mau-01"]);
    const response = await get(an.cookie, `/api/citizen/dossiers/${view.id}/forms/mau-01`);
    expect(response.statusCode, response.body).toBe(200);
    expect(flat(await readPdf(response.rawPayload))).toContain(view.code);

    const binh = await citizenSession(t.db, { identityNumber: "038192004567", fullName: "Lê Thị Bình" });
    const other = await get(binh.cookie, `/api/citizen/dossiers/${view.id}/forms/mau-01`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: "DOSSIER_NOT_FOUND" });
  });

  it("REC-2 d: the tracking book (Mẫu 06) of the agency as .xlsx lists the dossier", async () => {
    const day = localIsoDate(t.clock.now());
    const url = `/api/tracking-book?agencyId=${ids.agencyId}&from=${day}&to=${day}&format=xlsx`;
    const response = await get(cookies["tuphap.giamdoc"], url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-disposition"]).toContain("attachment;");
    expect(await bookCodes(response.rawPayload)).toContain(view.code);
    const outsider = await get(cookies["hacthanh.motcua"], url);
    expect(outsider.statusCode).toBe(403);
  });

  it("REC-9: Mẫu 01 of a centre reception is the centre's: it returns the result, the competent agency is named apart", async () => {
    const response = await get(cookies["tthcc.motcua"], `/api/dossiers/${view.id}/forms/mau-01`);
    expect(response.statusCode, response.body).toBe(200);
    const text = flat(await readPdf(response.rawPayload));
    expect(text).toContain(`${CENTRE} tiếp nhận hồ sơ của:`);
    expect(text).toContain(`6. Đăng ký nhận kết quả tại: ${CENTRE}, 28 Đại lộ Lê Lợi`);
    expect(text).toContain("Cơ quan có thẩm quyền giải quyết: Sở Tư pháp");
    expect(text).not.toContain("nhận kết quả tại: Sở Tư pháp");
  });

  it("REC-9: the first row of Mẫu 05 of a centre reception names the centre as the one-stop", async () => {
    const other = await call(t.app, cookies["tthcc.motcua"], "POST", "/api/dossiers", counterReception(ids));
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const handed = await issueCommand(t, cookies["tthcc.motcua"], other.body.dossier, "hand_over");
    const response = await get(cookies["tthcc.motcua"], `/api/dossiers/${handed.id}/forms/mau-05`);
    expect(response.statusCode, response.body).toBe(200);
    const text = flat(await readPdf(response.rawPayload));
    expect(text).toContain(`Giao: ${CENTRE}`);
    expect(text).not.toContain("Bộ phận Một cửa (Sở Tư pháp)");
  });

  it("REC-9: the centre's tracking book (Mẫu 06) lists every dossier its officer received", async () => {
    const centreId = await agencyIdOf(t.db, "000.00.40.H56");
    const [officer] = await t.db
      .selectFrom("officer")
      .select("id")
      .where("username", "=", "tthcc.motcua")
      .execute();
    const received = await t.db
      .selectFrom("dossier_event as e")
      .innerJoin("dossier as d", "d.id", "e.dossier_id")
      .select("d.code")
      .where("e.type", "=", "dossier_received")
      .where(sql<boolean>`e.actor ->> 'officerId' = ${officer?.id}`)
      .where("d.received_at", "is not", null)
      .execute();
    expect(received.length).toBeGreaterThanOrEqual(6);
    const from = localIsoDate(t.clock.now() - 120 * DAY);
    const to = localIsoDate(t.clock.now());
    const url = `/api/tracking-book?agencyId=${centreId}&from=${from}&to=${to}&format=xlsx`;
    const response = await get(cookies["tthcc.motcua"], url);
    expect(response.statusCode, response.body).toBe(200);
    expect(await bookCodes(response.rawPayload)).toEqual(
      expect.arrayContaining(received.map((row) => row.code)),
    );
  });

  it("REC-2: the original shown for comparison is kept per component, shown on the dossier and printed on Mẫu 01", async () => {
    const components = [
      { index: 0, originals: 1 },
      { index: 1, originals: 1 },
      { index: 2, shownForComparison: true },
    ];
    const received = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, { components }),
    );
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const id = (received.body.dossier as DossierView).id;
    const shown = (dossier: DossierView) =>
      dossier.attachments.map((a) => [a.componentIndex, a.shownForComparison]);
    const reread = (await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${id}`))
      .body as DossierView;
    expect(shown(reread)).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);

    const response = await get(cookies["tthcc.motcua"], `/api/dossiers/${id}/forms/mau-01`);
    expect(response.statusCode, response.body).toBe(200);
    const text = flat(await readPdf(response.rawPayload));
    expect(text).toContain("hoặc tài khoản định danh điện tử mức độ 2 (bản chính đã xuất trình để đối chiếu");
    expect(text.match(/xuất trình để đối chiếu/g)).toHaveLength(1);
  });

  it("the place of the date line is the province's name", () => {
    expect(placeName("UBND tỉnh Thanh Hóa")).toBe("Thanh Hóa");
    expect(placeName("Ủy ban nhân dân thành phố Hà Nội")).toBe("Hà Nội");
    expect(placeName("Bộ Tư pháp")).toBe("Bộ Tư pháp");
  });
});

const CENTRE = "Trung tâm Phục vụ hành chính công tỉnh";

/** The dossier codes (column 2) of a tracking book workbook. */
async function bookCodes(xlsx: Buffer): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const codes: unknown[] = [];
  for (let row = TRACKING_BOOK_FIRST_ROW; row <= sheet.rowCount; row += 1) {
    codes.push(sheet.getRow(row).getCell(2).value);
  }
  return codes;
}
