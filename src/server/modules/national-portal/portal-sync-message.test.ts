import { describe, expect, it } from "vitest";
import {
  actors,
  at,
  cmd,
  counterReception,
  Journal,
  onlineSubmission,
  resultTimesOn,
  toResult,
} from "../../../domain/dossier/test-support.ts";
import { dossierSnapshot, portalSyncPayload } from "./portal-sync-message.ts";

/** The portal's message of each change through a dossier's life (INT-1, LEGAL-RESEARCH §6). */

const dup = cmd("request_cancellation", actors.oneStop, {
  ground: "duplicate",
  reason: "Trùng",
  duplicateCodes: ["000.00.06.H56-260302-0002"],
});

describe("the portal's message of a change (INT-1)", () => {
  it("INT-1: status codes through a counter dossier's life: 2 received, 4 in processing, 9 result ready, 10 returned; invisible events queue nothing", () => {
    const journal = new Journal();
    const codes: (number | null)[] = [];
    const record = (command: Parameters<Journal["run"]>[0], when: string) => {
      const before = journal.events.length;
      const dossier = journal.run(command, when);
      const payload = portalSyncPayload(dossier, journal.events.slice(before));
      codes.push(payload?.dossier.TrangThaiHoSo ?? null);
      return payload;
    };
    const first = record(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    expect(first).toMatchObject({ first: true, cancelled: false, version: 1 });
    expect(record(cmd("hand_over", actors.oneStop), "2026-03-02T10:00")?.first).toBe(false);
    for (const [command, when] of toResult(resultTimesOn("2026-03-09"))) record(command, when);
    record(cmd("confirm_result", actors.oneStop), "2026-03-09T13:00");
    record(cmd("return_result", actors.oneStop), "2026-03-10T09:00");
    // received, hand-over, hand-over (specialist → head), submitted, approved, (upload: none), sent, confirmed, returned
    expect(codes).toEqual([2, 4, 4, 4, 4, null, 4, 9, 10]);
  });

  it("INT-1: dates are yyyyMMddHHmmss in Vietnam time (UTC+7): reception, appointment, finish, return", () => {
    const journal = new Journal();
    journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    const received = dossierSnapshot(journal.current);
    expect(received).toMatchObject({
      NgayNopHoSo: "20260302090000",
      NgayTiepNhan: "20260302090000",
      NgayKetThucXuLy: "",
      NgayTra: "",
      KenhThucHien: 1,
      LoaiDoiTuong: 1,
      CoQuanTiepNhan: "000.00.06.H56",
      MaTTHC: journal.current.procedure.code ?? "",
    });
    expect(received.NgayHenTra).toMatch(/^2026\d{10}$/);
    expect(
      at(
        `${received.NgayHenTra.slice(0, 4)}-${received.NgayHenTra.slice(4, 6)}-${received.NgayHenTra.slice(6, 8)}T${received.NgayHenTra.slice(8, 10)}:${received.NgayHenTra.slice(10, 12)}`,
      ),
    ).toBe(journal.current.clock?.appointment);
    journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
    for (const [command, when] of toResult(resultTimesOn("2026-03-09"))) journal.run(command, when);
    journal.run(cmd("confirm_result", actors.oneStop), "2026-03-09T13:00");
    journal.run(cmd("return_result", actors.oneStop), "2026-03-10T16:30");
    expect(dossierSnapshot(journal.current)).toMatchObject({
      TrangThaiHoSo: 10,
      NgayTra: "20260310163000",
      NgayKetThucXuLy: expect.stringMatching(/^20260309/),
    });
  });

  it("INT-1: an online submission is 1 and first; a hand-over's progress record names the step, the officer to look up and the statutory end", () => {
    const journal = new Journal();
    journal.run(onlineSubmission("2026-03-02T09:00"), "2026-03-02T09:00");
    expect(portalSyncPayload(journal.current, journal.events)?.dossier).toMatchObject({
      TrangThaiHoSo: 1,
      KenhThucHien: 2,
      NgayTiepNhan: "",
      TaiKhoanDuocXacThucVoiVNeID: 1,
    });
    journal.run(cmd("accept_online", actors.oneStop), "2026-03-02T10:00");
    const before = journal.events.length;
    journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T11:00");
    const payload = portalSyncPayload(journal.current, journal.events.slice(before));
    expect(payload?.progress).toEqual([
      {
        MaHoSo: journal.current.code,
        actor: { kind: "officer", officerId: "os-1", title: "Cán bộ một cửa", unitId: "agency-ttpvhcc" },
        ThoiDiemXuLy: "20260302110000",
        NoiDungXuLy: "Chuyển xử lý: Thẩm định hồ sơ",
        TrangThai: 4,
        NgayBatDau: "20260302110000",
        NgayKetThucTheoQuyDinh: expect.stringMatching(/^202603\d{8}$/),
      },
    ]);
    expect(payload?.refs.unitId).toBe("unit-phong-quan-ly-nha");
  });

  it("INT-1: paused for fees is 6, for a superior's opinion 8; resumed is 4 again", () => {
    const journal = new Journal();
    journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
    journal.run(
      cmd("pause", actors.specialist, { reason: "fees", proofRef: "tb", feeAmount: 10_000 }),
      "2026-03-03T09:00",
    );
    expect(dossierSnapshot(journal.current).TrangThaiHoSo).toBe(6);
    journal.run(cmd("record_payment", actors.job, { amount: 10_000, reference: "BL-1" }), "2026-03-04T10:00");
    journal.run(cmd("resume", actors.job, {}), "2026-03-04T10:05");
    expect(dossierSnapshot(journal.current).TrangThaiHoSo).toBe(4);
    journal.run(
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "cv" }),
      "2026-03-05T09:00",
    );
    expect(dossierSnapshot(journal.current).TrangThaiHoSo).toBe(8);
  });

  it("CAN-1, CAN-3: a test dossier is never synced; a cancelled one keeps its last code and says it is cancelled", () => {
    const test = new Journal();
    test.run(
      counterReception("2026-03-02T09:00", { test: { assignmentRef: "qd-kiem-thu" } }),
      "2026-03-02T09:00",
    );
    expect(portalSyncPayload(test.current, test.events)).toBeNull();

    const journal = new Journal();
    journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    const requested = journal.events.length;
    journal.run(dup, "2026-03-02T10:00");
    expect(portalSyncPayload(journal.current, journal.events.slice(requested))).toBeNull();
    const before = journal.events.length;
    journal.run(cmd("approve_cancellation", actors.control), "2026-03-03T09:00");
    const payload = portalSyncPayload(journal.current, journal.events.slice(before));
    expect(payload).toMatchObject({ cancelled: true, dossier: { TrangThaiHoSo: 2 } });
    expect(payload?.dossier.GhiChu).toMatch(/^Hồ sơ đã bị hủy \(CAN-3\)/);
  });
});
