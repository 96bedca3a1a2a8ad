import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { VIETNAM_OFFSET_MS } from "../../../domain/calendar/dates.ts";
import { at } from "../../../domain/calendar/test-support.ts";
import { flat, readPdf } from "./pdf-test-support.ts";
import {
  renderTrackingBookPdf,
  renderTrackingBookXlsx,
  TRACKING_BOOK_FIRST_ROW,
  type TrackingBookContext,
  trackingBookRows,
} from "./render-tracking-book.ts";
import {
  APPLICANT,
  apologyDossier,
  CONTEXT,
  receivedDossier,
  refusedDossier,
  returnedDossier,
  supplementDossier,
} from "./test-fixtures.ts";

const MARCH: TrackingBookContext = {
  ...CONTEXT,
  period: { from: at("2026-03-01T00:00"), to: at("2026-04-01T00:00") },
  volume: "03/2026",
};

/** Returned (0003), supplement (0005), apology (0009), plus one refused at the counter and one in February. */
function sample() {
  return [apologyDossier(), refusedDossier(), returnedDossier(), receivedDossier(), supplementDossier()];
}

describe("Mẫu 06 — Sổ theo dõi hồ sơ", () => {
  it("REC-2 (d): lists the dossiers received in the period, in order, with the dates of each stage", () => {
    const rows = trackingBookRows(sample(), MARCH);
    expect(rows.map((row) => [row.number, row.code])).toEqual([
      [1, "000.00.06.H56-260302-0003"],
      [2, "000.00.06.H56-260302-0005"],
      [3, "000.00.06.H56-260302-0009"],
    ]);
    expect(rows[0]).toMatchObject({
      procedure: "Cấp giấy phép xây dựng",
      sets: 1,
      applicant: "Nguyễn Thị Hằng",
      addressPhone: `${APPLICANT.address}; 0912345678`,
      leadAgency: "Sở Xây dựng",
      receivedAt: at("2026-03-02T09:00"),
      appointment: at("2026-03-16T09:00"),
      transferredAt: at("2026-03-02T10:00"),
      resultReceivedAt: at("2026-03-12T11:00"),
      returnedAt: at("2026-03-13T08:30"),
      notes: "Trước hạn",
    });
    expect(rows[1]).toMatchObject({
      resultReceivedAt: null,
      returnedAt: null,
      notes: "Trả lại bổ sung ngày 04/03/2026",
    });
    expect(rows[2]?.notes).toBe("Hẹn lại: 17:00 20/03/2026");
  });

  it("prints a landscape A4 register with the official columns, page-numbered when it runs long", async () => {
    const many = [...sample()];
    for (let sequence = 10; sequence < 40; sequence += 1) many.push(returnedDossier(sequence));
    const bytes = await renderTrackingBookPdf(many, MARCH);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const read = await readPdf(bytes);
    expect(read.pages).toBeGreaterThan(1);
    const page = await read.pdf.getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    expect(width).toBeGreaterThan(height);
    const text = flat(read);
    expect(text).toBe(text.normalize("NFC"));
    for (const expected of [
      "SỔ THEO DÕI HỒ SƠ",
      "Từ ngày 01/03/2026 đến ngày 31/03/2026; Quyển số: 03/2026",
      "Ngày, tháng, năm",
      "Cơ quan chủ trì giải quyết",
      "Nhận kết quả từ cơ quan giải quyết",
      "Trả kết quả cho cá nhân, tổ chức",
      "Ký nhận",
      "000.00.06.H56-260302-0003",
      "000.00.06.H56-260302-0039",
      "Trả lại bổ sung ngày 04/03/2026",
      `Trang 1/${read.pages}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("000.00.06.H56-260204-0017");
    expect(text).not.toContain("000.00.06.H56-260303-0008");
    // Every one of the 33 dossiers of March appears exactly once.
    expect(text.match(/000\.00\.06\.H56-2603\d\d-\d{4}/g)).toHaveLength(33);
  });

  it("prints an empty register for a period without dossiers", async () => {
    const read = await readPdf(await renderTrackingBookPdf([receivedDossier()], MARCH));
    expect(read.pages).toBe(1);
    expect(flat(read)).toContain("Không có hồ sơ được tiếp nhận trong kỳ.");
  });

  it("exports the same register to Excel: the header, one row per dossier, dates in Vietnam time", async () => {
    const bytes = await renderTrackingBookXlsx(sample(), MARCH);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Sổ theo dõi hồ sơ");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("A4").value).toBe("SỔ THEO DÕI HỒ SƠ");
    expect(sheet.getCell("A5").value).toBe("Từ ngày 01/03/2026 đến ngày 31/03/2026; Quyển số: 03/2026");
    const header = TRACKING_BOOK_FIRST_ROW - 3;
    expect(sheet.getCell(header, 8).value).toBe("Ngày, tháng, năm");
    expect(sheet.getCell(header, 12).isMerged).toBe(true);
    expect(sheet.getCell(header + 1, 10).value).toBe("Chuyển hồ sơ đến cơ quan giải quyết");
    expect(sheet.getCell(header, 2).value).toBe("Mã hồ sơ");
    expect(sheet.getCell(header + 2, 14).value).toBe("(14)");

    const data = (offset: number) => sheet.getRow(TRACKING_BOOK_FIRST_ROW + offset).values as unknown[];
    expect(sheet.rowCount).toBe(TRACKING_BOOK_FIRST_ROW + 2);
    const first = data(0);
    expect(first.slice(1, 8)).toEqual([
      1,
      "000.00.06.H56-260302-0003",
      "Cấp giấy phép xây dựng",
      1,
      "Nguyễn Thị Hằng",
      `${APPLICANT.address}; 0912345678`,
      "Sở Xây dựng",
    ]);
    const wallClock = (cell: unknown) => (cell as Date).toISOString().slice(0, 16);
    expect(wallClock(first[8])).toBe("2026-03-02T09:00");
    expect(wallClock(first[9])).toBe("2026-03-16T09:00");
    expect(wallClock(first[12])).toBe("2026-03-13T08:30");
    expect((first[8] as Date).getTime()).toBe(at("2026-03-02T09:00") + VIETNAM_OFFSET_MS);
    expect(sheet.getCell(TRACKING_BOOK_FIRST_ROW, 8).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(first[14]).toBe("Trước hạn");
    expect(data(1)[2]).toBe("000.00.06.H56-260302-0005");
    expect(data(1)[11]).toBeUndefined();
    expect(data(2)[14]).toBe("Hẹn lại: 17:00 20/03/2026");
  });
});

describe("the tracking book's number: the set in force on the period's last day", () => {
  it("a period ending from 15/9/2025 prints Mẫu số 07 of TT 03/2025, one ending before it Mẫu số 06 of TT 01/2018", async () => {
    const march = flat(await readPdf(await renderTrackingBookPdf([], MARCH)));
    expect(march).toContain("Mẫu số 07");
    expect(march).toContain("Thông tư số 03/2025/TT-VPCP");
    const before = {
      ...MARCH,
      period: { from: at("2025-09-01T00:00"), to: at("2025-09-15T00:00") },
    };
    const old = flat(await readPdf(await renderTrackingBookPdf([], before)));
    expect(old).toContain("Mẫu số 06");
    expect(old).toContain("Thông tư số 01/2018/TT-VPCP");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderTrackingBookXlsx([], before)) as unknown as ArrayBuffer);
    expect(workbook.subject).toBe("Mẫu số 06, Thông tư 01/2018/TT-VPCP");
  });
});
