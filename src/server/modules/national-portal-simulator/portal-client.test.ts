import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPortalClient, type PortalClient, PortalError } from "../national-portal/portal-client.ts";
import { type HoSoDongBo, portalDate, SERVICES, type ThuTucQuocGia } from "../national-portal/wire.ts";
import { type PortalSimulator, startPortalSimulator } from "./start-simulator.ts";

const CREDENTIALS = { username: "motcua", password: "motcua-gia-lap", agencyCode: "000.00.00.H56" };

let simulator: PortalSimulator;
let client: PortalClient;
let sequence = 0;

function clientOf(overrides: Partial<Parameters<typeof createPortalClient>[0]> = {}): PortalClient {
  return createPortalClient({ baseUrl: simulator.url, timeoutMs: 1_000, ...CREDENTIALS, ...overrides });
}

/** A dossier as motcua syncs it, with a code of its own. */
function dossier(overrides: Partial<HoSoDongBo> = {}): HoSoDongBo {
  sequence += 1;
  const at = portalDate(Date.now());
  return {
    MaHoSo: `000.00.51.H56-261207-${String(sequence).padStart(4, "0")}`,
    MaHoSoQG: "",
    MaTTHC: "1.001193",
    TenTTHC: "Đăng ký khai sinh",
    MaLinhVuc: "BTP-HOTICH",
    TenLinhVuc: "Hộ tịch",
    KenhThucHien: 1,
    ChuHoSo: "Nguyễn Văn An",
    LoaiDoiTuong: 1,
    SoGiayToChuHoSo: "038085012345",
    Email: "",
    SoDienThoai: "",
    TrichYeuHoSo: "Đăng ký khai sinh",
    CoQuanTiepNhan: "000.00.51.H56",
    NgayNopHoSo: at,
    NgayTiepNhan: at,
    NgayHenTra: at,
    TrangThaiHoSo: 2,
    NgayKetThucXuLy: "",
    NgayTra: "",
    HinhThuc: 0,
    DonViXuLy: "UBND phường Hạc Thành",
    NgayTuChoi: "",
    TaiKhoanDuocXacThucVoiVNeID: 0,
    DuocThanhToanTrucTuyen: 0,
    GhiChu: "",
    DanhSachLePhi: [],
    ...overrides,
  };
}

const insert = (c: PortalClient, d: HoSoDongBo, key?: string) =>
  c.call(SERVICES.syncDossiers, { isUpdating: "false", data: [d] }, key ? { idempotencyKey: key } : {});
const update = (c: PortalClient, d: HoSoDongBo, key?: string) =>
  c.call(SERVICES.syncDossiers, { isUpdating: "true", data: [d] }, key ? { idempotencyKey: key } : {});

async function failureOf(promise: Promise<unknown>): Promise<PortalError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PortalError);
  return error as PortalError;
}

beforeAll(async () => {
  simulator = await startPortalSimulator({ ...CREDENTIALS, sessionTtlMs: 60_000 });
  client = clientOf();
});
afterEach(async () => {
  await simulator.setFault(null);
});
afterAll(async () => {
  await simulator.close();
});

describe("the national portal simulator speaks wire.ts to motcua's client (INT-1)", () => {
  it("INT-1: signs in and inserts, then updates a dossier, recording each status", async () => {
    const d = dossier();
    await insert(client, d);
    await update(client, { ...d, TrangThaiHoSo: 4 });
    const held = simulator.dossiers().get(d.MaHoSo);
    expect(held?.record.TrangThaiHoSo).toBe(4);
    expect(held?.statusHistory.map((s) => s.code)).toEqual([2, 4]);
    expect(held?.source).toBe("dong_bo");
  });

  it("INT-1: an insert of a known dossier is refused 409, an update of an unknown one 404", async () => {
    const d = dossier();
    await insert(client, d);
    expect((await failureOf(insert(client, d))).code).toBe("409");
    const unknown = await failureOf(update(client, dossier()));
    expect(unknown).toMatchObject({ code: "404", down: false });
  });

  it("INT-1: a dossier without MaHoSo or with a status outside 1–10 is refused 400, and nothing of the batch applies", async () => {
    const good = dossier();
    const bad = { ...dossier(), TrangThaiHoSo: 11 } as unknown as HoSoDongBo;
    const refused = await failureOf(
      client.call(SERVICES.syncDossiers, { isUpdating: "false", data: [good, bad] }),
    );
    expect(refused.code).toBe("400");
    expect(simulator.dossiers().has(good.MaHoSo)).toBe(false);
    const noCode = await failureOf(insert(client, { ...dossier(), MaHoSo: "" }));
    expect(noCode.code).toBe("400");
  });

  it("INT-1: a wrong password is refused (400), not taken for the portal being down", async () => {
    const wrong = clientOf({ password: "sai-mat-khau" });
    const error = await failureOf(wrong.call(SERVICES.listAgencies, {}));
    expect(error).toMatchObject({ code: "400", down: false });
    expect(error.message).not.toContain("sai-mat-khau");
  });

  it("INT-1: after the session expires the client signs in again without the caller noticing", async () => {
    const short = await startPortalSimulator({ ...CREDENTIALS, sessionTtlMs: 50 });
    try {
      const c = clientOf({ baseUrl: short.url });
      await c.call(SERVICES.listAgencies, {});
      await new Promise((resolve) => setTimeout(resolve, 80));
      const answer = await c.call(SERVICES.listAgencies, {});
      expect(answer.error_code).toBe("0");
      short.expireSessions();
      expect((await c.call(SERVICES.listProcedures, {})).error_code).toBe("0");
    } finally {
      await short.close();
    }
  });

  it("INT-1: a request repeated with the same idempotency key gets the same answer and takes effect once", async () => {
    const d = dossier();
    const first = await insert(client, d, "khoa-lap-lai");
    const again = await insert(client, d, "khoa-lap-lai");
    expect(again).toEqual(first);
    expect(simulator.requestsByKey().get("khoa-lap-lai")).toBe(2);
    expect(simulator.effectsByKey().get("khoa-lap-lai")).toBe(1);
  });

  it("INT-1: progress records are appended to the dossier", async () => {
    const d = dossier();
    await insert(client, d);
    const record = {
      MaHoSo: d.MaHoSo,
      NguoiXuLy: "Lê Thị Thu Hà",
      ChucDanh: "Công chức một cửa",
      ThoiDiemXuLy: portalDate(Date.now()),
      PhongBanXuLy: "Bộ phận một cửa",
      NoiDungXuLy: "Tiếp nhận hồ sơ",
      TrangThai: 2,
      NgayBatDau: portalDate(Date.now()),
      NgayKetThucTheoQuyDinh: "",
    };
    await client.call(SERVICES.syncProgress, { data: [record, { ...record, TrangThai: 4 }] });
    expect(
      simulator
        .dossiers()
        .get(d.MaHoSo)
        ?.progress.map((p) => p.TrangThai),
    ).toEqual([2, 4]);
    const unknown = await failureOf(
      client.call(SERVICES.syncProgress, { data: [{ ...record, MaHoSo: "khong-co" }] }),
    );
    expect(unknown.code).toBe("404");
  });

  it("INT-1: look-ups by code and by period tell where each change came from", async () => {
    const d = dossier();
    await insert(client, d);
    simulator.setPortalStatus(d.MaHoSo, 7);
    const byCode = await client.call(SERVICES.lookUpDossiers, { MaHoSo: [d.MaHoSo, "khong-co"] });
    expect(byCode.result).toEqual([
      expect.objectContaining({ MaHoSo: d.MaHoSo, TrangThaiHoSo: 7, NguonCapNhat: "cong_quoc_gia" }),
    ]);
    const day = portalDate(Date.now()).slice(0, 8);
    const byPeriod = await client.call(SERVICES.lookUpDossiers, {
      TuNgay: `${day}000000`,
      DenNgay: `${day}235959`,
      CoQuanTiepNhan: "000.00.51.H56",
    });
    expect((byPeriod.result as { MaHoSo: string }[]).map((r) => r.MaHoSo)).toContain(d.MaHoSo);
    simulator.removeDossier(d.MaHoSo);
    const gone = await client.call(SERVICES.lookUpDossiers, { MaHoSo: [d.MaHoSo] });
    expect(gone.result).toEqual([]);
  });

  it("CFG-1: the national catalog holds the demo procedures and what is published later", async () => {
    const procedure = (await client.call(SERVICES.getProcedure, { MaTTHC: "1.001193" }))
      .result as ThuTucQuocGia;
    expect(procedure).toMatchObject({ MaTTHC: "1.001193", CapThucHien: ["xa"], MucDo: "toan_trinh" });
    expect(procedure.ThanhPhanHoSo.map((c) => c.MaThanhPhan)).toEqual(["1", "2", "3", "4"]);
    expect(procedure.MaCoQuanThucHien).toContain("000.00.51.H56");
    simulator.publishProcedure({ ...procedure, MaTTHC: "1.999999", TenTTHC: "Thủ tục mới công bố" });
    const list = (await client.call(SERVICES.listProcedures, {})).result as { MaTTHC: string }[];
    expect(list.map((p) => p.MaTTHC)).toContain("1.999999");
    expect((await failureOf(client.call(SERVICES.getProcedure, { MaTTHC: "9.000000" }))).code).toBe("404");
    const agencies = (await client.call(SERVICES.listAgencies, {})).result as { MaCoQuan: string }[];
    expect(agencies.map((a) => a.MaCoQuan)).toContain("000.00.00.H56");
  });

  it("REC-10: a submission gets a TT 04/2025 code, increasing SoThuTu, and is listed after a cursor with its files", async () => {
    const first = simulator.submit({ procedureCode: "1.001193" });
    const second = simulator.submit({ procedureCode: "2.000815" });
    expect(first.MaHoSoQG).toMatch(/^[A-Z][0-9]{2}\.[0-9]{3}\.[0-9]{2}-[0-9]{6}-[A-Z0-9]{2}[0-9]{4}$/);
    expect(second.SoThuTu).toBe(first.SoThuTu + 1);
    expect(first.TaiLieuNop.map((f) => f.MaThanhPhanHoSo)).toEqual(["1", "2", "3"]);
    const listed = await client.call(SERVICES.listSubmitted, { sauSoThuTu: first.SoThuTu });
    expect((listed.result as { MaHoSoQG: string }[]).map((s) => s.MaHoSoQG)).toEqual([second.MaHoSoQG]);
    const file = await fetch(first.TaiLieuNop[0]?.DuongDanTaiTepTin ?? "");
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBe(first.TaiLieuNop[0]?.KichThuoc);
  });
});

describe("the simulator's faults look like a portal that is down (INT-1)", () => {
  it("INT-1: refuse closes the listener; clearing it listens again on the same port with the state kept", async () => {
    const d = dossier();
    await insert(client, d);
    await simulator.setFault({ kind: "refuse" });
    const error = await failureOf(client.call(SERVICES.listAgencies, {}));
    expect(error).toMatchObject({ down: true, code: "unreachable" });
    await simulator.setFault(null);
    const held = await client.call(SERVICES.lookUpDossiers, { MaHoSo: [d.MaHoSo] });
    expect(held.result).toHaveLength(1);
  });

  it("INT-1: error500 answers HTTP 500 without effect", async () => {
    await client.call(SERVICES.listAgencies, {});
    await simulator.setFault({ kind: "error500" });
    const d = dossier();
    const error = await failureOf(insert(client, d, "khoa-500"));
    expect(error).toMatchObject({ down: true, code: "http_500" });
    expect(simulator.dossiers().has(d.MaHoSo)).toBe(false);
    expect(simulator.effectsByKey().get("khoa-500")).toBeUndefined();
  });

  it("INT-1: timeout holds the request until the client gives up, without effect", async () => {
    const impatient = clientOf({ timeoutMs: 200 });
    await impatient.call(SERVICES.listAgencies, {});
    await simulator.setFault({ kind: "timeout" });
    const d = dossier();
    const error = await failureOf(insert(impatient, d, "khoa-cho"));
    expect(error.down).toBe(true);
    expect(simulator.requestsByKey().get("khoa-cho")).toBeGreaterThanOrEqual(1);
    expect(simulator.dossiers().has(d.MaHoSo)).toBe(false);
  });

  it("INT-1: slow answers normally after the delay, or counts as down when the client's timeout is shorter", async () => {
    const impatient = clientOf({ timeoutMs: 100 });
    await impatient.call(SERVICES.listAgencies, {});
    await simulator.setFault({ kind: "slow", delayMs: 300 });
    const started = Date.now();
    expect((await client.call(SERVICES.listAgencies, {})).error_code).toBe("0");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const error = await failureOf(impatient.call(SERVICES.listAgencies, {}));
    expect(error.down).toBe(true);
  });

  it("INT-1: drop before the effect cuts the connection and changes nothing", async () => {
    await client.call(SERVICES.listAgencies, {});
    await simulator.setFault({ kind: "drop", afterEffect: false });
    const d = dossier();
    const error = await failureOf(insert(client, d, "khoa-cat-truoc"));
    expect(error).toMatchObject({ down: true, code: "unreachable" });
    expect(simulator.dossiers().has(d.MaHoSo)).toBe(false);
  });

  it("INT-1: drop after the effect, then a retry with the same key: one effect, and the retry gets the stored answer", async () => {
    await client.call(SERVICES.listAgencies, {});
    await simulator.setFault({ kind: "drop", afterEffect: true });
    const d = dossier();
    const error = await failureOf(insert(client, d, "khoa-cat-sau"));
    expect(error.down).toBe(true);
    expect(simulator.dossiers().has(d.MaHoSo)).toBe(true);
    await simulator.setFault(null);
    const retry = await insert(client, d, "khoa-cat-sau");
    expect(retry.error_code).toBe("0");
    expect(simulator.requestsByKey().get("khoa-cat-sau")).toBe(2);
    expect(simulator.effectsByKey().get("khoa-cat-sau")).toBe(1);
    expect(simulator.dossiers().get(d.MaHoSo)?.statusHistory).toHaveLength(1);
  });
});
