import { describe, expect, it } from "vitest";
import { at } from "../../../domain/calendar/test-support.ts";
import { counterSlip } from "../../../domain/dossier/reception-outcome.ts";
import { actors, cmd, inProcessing, ONE_STOP_AGENCY, run } from "../../../domain/dossier/test-support.ts";
import { AppError } from "../../http/problem.ts";
import { flat, readPdf } from "./pdf-test-support.ts";
import { renderApology } from "./render-apology.ts";
import { controlSlipTable, renderControlSlip } from "./render-control-slip.ts";
import { renderRefusal } from "./render-refusal.ts";
import { renderCounterSupplementRequest, renderSupplementRequest } from "./render-supplement-request.ts";
import {
  APPLICANT,
  apologyDossier,
  CONTEXT,
  receivedDossier,
  refusedDossier,
  returnedDossier,
  supplementDossier,
} from "./test-fixtures.ts";

async function textOf(bytes: Buffer, pages = 1): Promise<string> {
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const read = await readPdf(bytes);
  expect(read.pages).toBe(pages);
  const text = flat(read);
  expect(text).toBe(text.normalize("NFC"));
  expect(text).not.toContain("\uFFFD");
  return text;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

async function refusedWith(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error;
}

describe("Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", () => {
  it("PRC-5: gives the reason and every item to add, each once, and that the time restarts", async () => {
    const text = await textOf(
      await renderSupplementRequest(supplementDossier(), { ...CONTEXT, number: "12" }),
    );
    for (const expected of [
      "Số: 12/HDHS",
      "Vĩnh Phúc, ngày 04 tháng 03 năm 2026",
      "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
      "Hồ sơ của: Nguyễn Thị Hằng",
      "Mã hồ sơ: 000.00.06.H56-260302-0005",
      "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
      "Thời gian tiếp nhận hồ sơ: 09 giờ 00 phút, ngày 02 tháng 03 năm 2026",
      "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
      "1. Bản vẽ mặt cắt móng và mặt cắt đấu nối hạ tầng kỹ thuật",
      "2. Bản cam kết bảo đảm an toàn đối với công trình liền kề",
      "3. Bản sao chứng thực giấy tờ về quyền sử dụng đất (trang bổ sung)",
      "Lý do: Bản vẽ thiết kế chưa thể hiện mặt cắt móng; thiếu cam kết bảo đảm an toàn công trình liền kề.",
      "Thời gian giải quyết hồ sơ được tính lại từ đầu",
      "liên hệ với Phạm Văn Đức, số điện thoại 0211 3862 555",
      "NGƯỜI HƯỚNG DẪN",
    ]) {
      expect(text).toContain(expected);
    }
    expect(occurrences(text, "Bản cam kết bảo đảm an toàn đối với công trình liền kề")).toBe(1);
    expect(occurrences(text, "Yêu cầu hoàn thiện hồ sơ")).toBe(1);
  });

  it("REC-2 (b): at the counter there is no dossier yet: no code, and the dossier is not received", async () => {
    const slip = counterSlip(
      {
        kind: "incomplete",
        reason: "Thiếu giấy tờ bắt buộc theo quy định.",
        missingItems: ["Bản vẽ thiết kế xây dựng", "Giấy chứng nhận quyền sử dụng đất"],
      },
      actors.oneStop,
      ONE_STOP_AGENCY,
      at("2026-03-05T08:40"),
    );
    const text = await textOf(
      await renderCounterSupplementRequest(
        slip,
        { applicant: APPLICANT, procedureName: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ" },
        CONTEXT,
      ),
    );
    expect(text).toContain("Số: ……/HDHS");
    expect(text).toContain("Vĩnh Phúc, ngày 05 tháng 03 năm 2026");
    expect(text).not.toContain("Mã hồ sơ");
    expect(text).toContain("1. Bản vẽ thiết kế xây dựng 2. Giấy chứng nhận quyền sử dụng đất");
    expect(text).toContain("Hồ sơ chưa được tiếp nhận.");
    expect(text).toContain("Lê Thị Thuỷ");
  });

  it("is not available for a dossier that was never asked to add anything", async () => {
    expect(await refusedWith(renderSupplementRequest(receivedDossier(), CONTEXT))).toMatchObject({
      status: 409,
      code: "DOCUMENT_NOT_AVAILABLE",
    });
  });
});

describe("Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ", () => {
  it("REC-2 (c): at the counter, with the specific reason and both signatures", async () => {
    const text = await textOf(await renderRefusal(refusedDossier(), CONTEXT));
    for (const expected of [
      "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
      "Vĩnh Phúc, ngày 03 tháng 03 năm 2026",
      "Mã hồ sơ: 000.00.06.H56-260303-0008",
      "Ông/Bà: Nguyễn Thị Hằng",
      "Qua xem xét, Trung tâm Phục vụ hành chính công tỉnh thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
      "Thửa đất thuộc khu vực đã có quyết định thu hồi đất để thực hiện dự án; không đủ điều kiện cấp giấy phép xây dựng.",
      "NGƯỜI NỘP HỒ SƠ",
      "NGƯỜI TIẾP NHẬN HỒ SƠ",
      "Lê Thị Thuỷ",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("after review: the agency does not resolve it, signed by its head", async () => {
    const dossier = run(
      inProcessing({ applicant: APPLICANT }),
      cmd("refuse_after_review", actors.specialist, {
        reason: "Công trình nằm trong hành lang bảo vệ đê điều.",
      }),
      "2026-03-05T10:00",
    );
    const text = await textOf(
      await renderRefusal(dossier, { ...CONTEXT, signer: { title: "Giám đốc", name: "Hoàng Minh Tuấn" } }),
    );
    expect(text).toContain(
      "Qua thẩm định, xem xét hồ sơ, Trung tâm Phục vụ hành chính công tỉnh thông báo không giải quyết",
    );
    expect(text).toContain("Công trình nằm trong hành lang bảo vệ đê điều.");
    expect(text).toContain("GIÁM ĐỐC");
    expect(text).toContain("Hoàng Minh Tuấn");
    expect(text).not.toContain("NGƯỜI NỘP HỒ SƠ");
  });

  it("is not available for a dossier that was not refused", async () => {
    expect(await refusedWith(renderRefusal(receivedDossier(), CONTEXT))).toMatchObject({ status: 409 });
  });
});

describe("Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả", () => {
  it("PRC-7: the reason, the appointment missed and the new date", async () => {
    const text = await textOf(
      await renderApology(apologyDossier(), {
        ...CONTEXT,
        agency: { superiorName: "UBND tỉnh Vĩnh Phúc", name: "Sở Xây dựng", address: null, phone: null },
        number: "25/XL-SXD",
        signer: { title: "Giám đốc", name: "Hoàng Minh Tuấn" },
      }),
    );
    for (const expected of [
      "SỞ XÂY DỰNG",
      "Số: 25/XL-SXD",
      "Vĩnh Phúc, ngày 13 tháng 03 năm 2026",
      "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
      "Kính gửi: Ông/Bà Nguyễn Thị Hằng",
      "Ngày 02 tháng 03 năm 2026, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ của Ông/Bà; mã hồ sơ: 000.00.06.H56-260302-0009.",
      "thời gian hẹn trả kết quả: Thứ Hai, ngày 16 tháng 03 năm 2026, lúc 09 giờ 00.",
      "Lý do: Chờ kết quả đo đạc, kiểm tra hiện trạng thửa đất của đơn vị tư vấn độc lập.",
      "Sở Xây dựng trân trọng xin lỗi Ông/Bà",
      "Thứ Sáu, ngày 20 tháng 03 năm 2026, lúc 17 giờ 00.",
      "Nơi nhận:",
      "GIÁM ĐỐC",
      "Hoàng Minh Tuấn",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("PRC-7: signed for the head of the agency: the leader who issued it by name", async () => {
    const text = await textOf(await renderApology(apologyDossier(), CONTEXT));
    expect(text).toContain("THỦ TRƯỞNG CƠ QUAN");
    expect(text).toContain("Hoàng Minh Tuấn");
  });

  it("PRC-7: drafted by a specialist, it is still signed for the head of the agency, never by the specialist", async () => {
    const text = await textOf(await renderApology(apologyDossier(9, actors.specialist), CONTEXT));
    expect(text).toContain("THỦ TRƯỞNG CƠ QUAN");
    expect(text).not.toContain("Phạm Văn Đức");
  });

  it("is not available before an apology was issued", async () => {
    expect(await refusedWith(renderApology(receivedDossier(), CONTEXT))).toMatchObject({ status: 409 });
  });
});

describe("Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ", () => {
  it("PRC-2, PRC-4: one row per hand-over, with who, when and early / on time / late", () => {
    expect(controlSlipTable(returnedDossier(), CONTEXT)).toEqual([
      [
        "1",
        "Giao: Bộ phận Một cửa (Trung tâm Phục vụ hành chính công tỉnh)\nNhận: Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng (Thẩm định)",
        "Giao: 10:00 02/03/2026 – Lê Thị Thuỷ\nNhận: 10:00 02/03/2026",
        "",
        "",
      ],
      [
        "2",
        "Giao: Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng (Thẩm định)\nNhận: Đội Trước bạ, Cục Thuế tỉnh (Xác định nghĩa vụ thuế)",
        "Giao: 15:00 05/03/2026 – Phạm Văn Đức\nNhận: 08:30 06/03/2026 – Đỗ Thị Ngọc Ánh",
        "Trước hạn",
        "Chuyển liên thông\nHạn: 10:00 06/03/2026",
      ],
      [
        "3",
        "Giao: Đội Trước bạ, Cục Thuế tỉnh (Xác định nghĩa vụ thuế)\nNhận: Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng (Trình ký)",
        "Giao: 10:00 11/03/2026 – Đỗ Thị Ngọc Ánh\nNhận: 14:00 11/03/2026 – Trần Quốc Hưng",
        "Quá hạn",
        "Chuyển liên thông\nHạn: 08:30 11/03/2026",
      ],
      [
        "4",
        "Giao: Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng (Trình ký)\nNhận: Lãnh đạo Sở Xây dựng",
        "Giao: 09:00 12/03/2026 – Trần Quốc Hưng\nNhận: 09:00 12/03/2026",
        "Đúng hạn",
        "Hạn: 14:00 12/03/2026",
      ],
      [
        "5",
        "Giao: Lãnh đạo Sở Xây dựng\nNhận: Bộ phận Một cửa (Trung tâm Phục vụ hành chính công tỉnh)",
        "Giao: 11:00 12/03/2026 – Hoàng Minh Tuấn\nNhận: 11:00 12/03/2026",
        "Trước hạn",
        "Hạn: 09:00 16/03/2026",
      ],
    ]);
  });

  it("PRC-2: prints the slip on one page with the dossier's header and the table", async () => {
    const text = await textOf(await renderControlSlip(returnedDossier(), CONTEXT));
    for (const expected of [
      "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
      "Mã hồ sơ: 000.00.06.H56-260302-0003",
      "Kèm theo hồ sơ của: Nguyễn Thị Hằng",
      "Thời gian hẹn trả kết quả: Thứ Hai, ngày 16 tháng 03 năm 2026, lúc 09 giờ 00",
      "Cơ quan (bộ phận) giải quyết hồ sơ: Sở Xây dựng",
      "Cơ quan phối hợp giải quyết hồ sơ: Cục Thuế tỉnh",
      "Trước hạn",
      "Quá hạn",
      "Đúng hạn",
      "Đỗ Thị Ngọc Ánh",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("has an empty table before the first hand-over, and is not available before reception", async () => {
    const text = await textOf(await renderControlSlip(receivedDossier(), CONTEXT));
    expect(text).toContain("Hồ sơ chưa được chuyển giao.");
    expect(await refusedWith(renderControlSlip(refusedDossier(), CONTEXT))).toMatchObject({ status: 409 });
  });
});
