import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { at } from "../../../domain/calendar/test-support.ts";
import { actors, cmd, run, submitOnline } from "../../../domain/dossier/test-support.ts";
import { AppError } from "../../http/problem.ts";
import { decodeQrOnPage, flat, placedText, readPdf } from "./pdf-test-support.ts";
import { lookupUrl, QR_OPTIONS, qrMatrix } from "./qr.ts";
import { renderReceipt } from "./render-receipt.ts";
import { APPLICANT, RECEIPT_CONTEXT, receivedDossier, supplementDossier } from "./test-fixtures.ts";

const URL = "https://dichvucong.vinhphuc.gov.vn/tra-cuu?ma=000.00.06.H56-260204-0017";

describe("Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (REC-2 d)", () => {
  it("REC-2: is a one-page PDF with every field of the form, Vietnamese intact", async () => {
    const bytes = await renderReceipt(receivedDossier(), RECEIPT_CONTEXT);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const read = await readPdf(bytes);
    expect(read.pages).toBe(1);
    expect(read.title).toBe("Giấy tiếp nhận hồ sơ và hẹn trả kết quả 000.00.06.H56-260204-0017");
    const text = flat(read);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toContain("\uFFFD");
    for (const expected of [
      "UBND TỈNH VĨNH PHÚC",
      "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Vĩnh Phúc, ngày 04 tháng 02 năm 2026",
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      "Mã hồ sơ: 000.00.06.H56-260204-0017",
      "Ông/Bà: Nguyễn Thị Hằng",
      "Số định danh cá nhân: 026190001234",
      `Địa chỉ: ${APPLICANT.address}`,
      "Số điện thoại: 0912345678; Email: hang.nguyen@example.vn",
      "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (mã thủ tục 1.001193)",
      "Thành phần hồ sơ nộp gồm",
      "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
      "Bản sao chứng thực",
      "2. Số lượng hồ sơ: 01 bộ.",
      "3. Thời gian giải quyết hồ sơ theo quy định: 10 ngày làm việc.",
      "4. Thời gian nhận hồ sơ: 16 giờ 00 phút, ngày 04 tháng 02 năm 2026.",
      "5. Thời gian trả kết quả giải quyết hồ sơ: Thứ Tư, ngày 25 tháng 02 năm 2026, lúc 16 giờ 00.",
      "6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công tỉnh, Số 2 đường Hai Bà Trưng",
      "Quyển số: 02/2026, Số thứ tự: 37.",
      "Số điện thoại liên hệ: 0211 3862 555",
      "NGƯỜI NỘP HỒ SƠ",
      "NGƯỜI TIẾP NHẬN HỒ SƠ",
      "Lê Thị Thuỷ",
      "https://dichvucong.vinhphuc.gov.vn/tra-cuu",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("REC-2: lists each paper with its counts of originals, certified copies and photocopies", async () => {
    const read = await readPdf(await renderReceipt(receivedDossier(), RECEIPT_CONTEXT));
    const lines = read.text[0]?.split("\n") ?? [];
    expect(lines).toContain("3 Bản vẽ thiết kế xây dựng 02");
    expect(lines).toContain("4 Căn cước công dân của người đề nghị 01");
    // Each count sits in its own column: originals, then certified copies, then photocopies.
    const placed = await placedText(read);
    const rowOf = (name: string) => placed.find((item) => item.str.startsWith(name))?.y;
    const countIn = (name: string) => {
      const y = rowOf(name);
      return placed.find((item) => item.y === y && /^\d\d$/.test(item.str));
    };
    const original = countIn("Bản vẽ thiết kế");
    const certified = countIn("Giấy chứng nhận quyền");
    const photocopy = countIn("Căn cước công dân");
    expect([original?.str, certified?.str, photocopy?.str]).toEqual(["02", "01", "01"]);
    expect(original?.x).toBeLessThan(certified?.x ?? 0);
    expect(certified?.x).toBeLessThan(photocopy?.x ?? 0);
  });

  it("CODE-3: the QR printed on the page decodes to the public lookup of this dossier, code under it", async () => {
    const read = await readPdf(await renderReceipt(receivedDossier(), RECEIPT_CONTEXT));
    expect(await decodeQrOnPage(read)).toBe(URL);
    const lines = read.text[0]?.split("\n") ?? [];
    expect(lines.filter((line) => line === "000.00.06.H56-260204-0017")).toHaveLength(1);
  });

  it("CODE-3: the symbol drawn is exactly the one of the lookup URL, and it round-trips as an image", async () => {
    expect(lookupUrl("https://dichvucong.vinhphuc.gov.vn//", "000.00.06.H56-260204-0017")).toBe(URL);
    const drawn = qrMatrix(URL);
    const reference = QRCode.create(URL, QR_OPTIONS).modules;
    expect(drawn.size).toBe(reference.size);
    for (let row = 0; row < reference.size; row += 1) {
      for (let column = 0; column < reference.size; column += 1) {
        expect(drawn.dark(row, column)).toBe(reference.get(row, column) === 1);
      }
    }
    const png = PNG.sync.read(await QRCode.toBuffer(URL, { ...QR_OPTIONS, scale: 4 }));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(URL);
  });

  it("REC-7: an online dossier with an electronic result: no paper counts, result collected online", async () => {
    let dossier = submitOnline("2026-03-02T20:00", { resultDelivery: "electronic", applicant: APPLICANT });
    dossier = run(dossier, cmd("accept_online", actors.oneStop), "2026-03-03T09:00");
    const { components: _, ...context } = RECEIPT_CONTEXT;
    const text = flat(await readPdf(await renderReceipt(dossier, context)));
    expect(text).toContain("Bản photo 1 Đơn đề nghị 2 Bản vẽ thiết kế 2. Số lượng hồ sơ: 01 bộ.");
    expect(text).toContain("4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 03 tháng 03 năm 2026.");
    expect(text).toContain("Thứ Ba, ngày 17 tháng 03 năm 2026, lúc 09 giờ 00");
    expect(text).toContain("6. Đăng ký nhận kết quả tại: Trực tuyến, trên Cổng Dịch vụ công");
    expect(text.replace(/\/\/ /g, "//")).toContain(
      "(https://dichvucong.vinhphuc.gov.vn) và Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
    );
  });

  it("PRC-5: after a supplement the processing time restarts: the receipt carries the new appointment", async () => {
    const resubmitted = run(
      supplementDossier(),
      cmd("receive_supplement", actors.oneStop, { documents: ["Bản vẽ mặt cắt móng"] }),
      "2026-03-06T10:00",
    );
    const text = flat(await readPdf(await renderReceipt(resubmitted, RECEIPT_CONTEXT)));
    expect(text).toContain("4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 02 tháng 03 năm 2026.");
    expect(text).toContain("Hồ sơ bổ sung đầy đủ nhận lúc 10 giờ 00 phút, ngày 06 tháng 03 năm 2026");
    expect(text).toContain("Thứ Sáu, ngày 20 tháng 03 năm 2026, lúc 10 giờ 00");
    expect(resubmitted.clock?.appointment).toBe(at("2026-03-20T10:00"));
  });

  it("REC-3: refuses a dossier not yet officially received (409 DOCUMENT_NOT_AVAILABLE)", async () => {
    const pending = submitOnline("2026-03-02T20:00");
    const error = await renderReceipt(pending, RECEIPT_CONTEXT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: "DOCUMENT_NOT_AVAILABLE" });
  });
});
