import { z } from "zod";
import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import {
  type HoSoDongBo,
  PORTAL_CODES,
  type PortalAnswer,
  parsePortalDate,
  SERVICES,
  type TienDoHoSo,
} from "../national-portal/wire.ts";
import { NATIONAL_AGENCIES } from "./national-catalog.ts";
import type { PortalState, SimulatedDossier } from "./portal-state.ts";
import type { Sessions } from "./sessions.ts";

/** What a service needs: the state, the sessions, the time, and whom to tell of a change. */
export interface WireContext {
  readonly state: PortalState;
  readonly sessions: Sessions;
  readonly now: () => number;
  readonly changed: () => void;
}

/** A service's answer, and whether it changed the portal (then its idempotency key is spent). */
export interface ServiceOutcome {
  readonly answer: PortalAnswer;
  readonly effect: boolean;
}

/** `LayDanhSachHoSoNop` gives at most this many submissions per call. */
export const SUBMISSIONS_PER_PAGE = 100;

const ok = (message: string, extra: Partial<PortalAnswer> = {}): ServiceOutcome => ({
  answer: { error_code: PORTAL_CODES.ok, message, ...extra },
  effect: false,
});
const refused = (code: string, message: string): ServiceOutcome => ({
  answer: { error_code: code, message },
  effect: false,
});
const invalid = (message: string) => refused(PORTAL_CODES.invalid, message);

const StatusCode = z.number().int().min(1).max(10);
const DateText = z
  .string()
  .refine((v) => v === "" || parsePortalDate(v) !== null, "ngày phải có dạng yyyyMMddHHmmss");
const SyncedDossier = z.looseObject({
  MaHoSo: z.string().trim().min(1).max(100),
  MaHoSoQG: z.string().max(100).default(""),
  CoQuanTiepNhan: z.string().max(100).default(""),
  TrangThaiHoSo: StatusCode,
  NgayNopHoSo: DateText.default(""),
  NgayTiepNhan: DateText.default(""),
  NgayHenTra: DateText.default(""),
  NgayKetThucXuLy: DateText.default(""),
  NgayTra: DateText.default(""),
});
const SyncRequest = z.object({
  isUpdating: z.enum(["true", "false"]),
  data: z.array(z.unknown()).min(1).max(1000),
});
const ProgressRecord = z.looseObject({
  MaHoSo: z.string().trim().min(1).max(100),
  NguoiXuLy: z.string().max(50),
  TrangThai: StatusCode,
  ThoiDiemXuLy: DateText,
});
const ProgressRequest = z.object({ data: z.array(z.unknown()).min(1).max(1000) });
const LookUpRequest = z.union([
  z.object({ MaHoSo: z.array(z.string().max(100)).min(1).max(1000) }),
  z.object({
    TuNgay: DateText.refine(Boolean, "thiếu TuNgay"),
    DenNgay: DateText.refine(Boolean, "thiếu DenNgay"),
    CoQuanTiepNhan: z.string().max(100).optional(),
  }),
]);
const ProcedureRequest = z.object({ MaTTHC: z.string().min(1).max(50) });
const SubmittedRequest = z.object({ sauSoThuTu: z.coerce.number().int().min(0).default(0) });

/**
 * INT-1: answers one request of the wire format (wire.ts) as the portal would: sign-in, then
 * every other service with a valid session. Refusals are `{error_code, message}` in Vietnamese:
 * "400" bad request or wrong credentials, "401" session unknown or expired, "404"/"409" for an
 * update of an unknown dossier / an insert of a known one. A batch is checked whole before any of
 * it is applied, so a refused request has no effect.
 */
export function answerService(
  context: WireContext,
  body: Record<string, unknown>,
  key: string | null,
): ServiceOutcome {
  if (body.service === SERVICES.signIn) return signIn(context, body);
  const service = typeof body.service === "string" ? body.service : "";
  if (!Object.values(SERVICES).includes(service as never)) {
    return invalid(`Dịch vụ "${service.slice(0, 50)}" không tồn tại.`);
  }
  if (!context.sessions.isValid(body.session)) {
    return refused(
      PORTAL_CODES.sessionInvalid,
      "Phiên làm việc không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.",
    );
  }
  switch (service) {
    case SERVICES.syncDossiers:
      return syncDossiers(context, body, key);
    case SERVICES.syncProgress:
      return syncProgress(context, body);
    case SERVICES.lookUpDossiers:
      return lookUpDossiers(context, body);
    case SERVICES.getProcedure:
      return getProcedure(context, body);
    case SERVICES.listProcedures:
      return ok("Thành công", {
        result: [...context.state.catalog.values()].map((p) => ({
          MaTTHC: p.MaTTHC,
          NgayCapNhat: p.NgayCapNhat,
        })),
      });
    case SERVICES.listAgencies:
      return ok("Thành công", { result: NATIONAL_AGENCIES });
    default:
      return listSubmitted(context, body);
  }
}

function signIn(context: WireContext, body: Record<string, unknown>): ServiceOutcome {
  const session = context.sessions.signIn(body.username, body.password, body.madonvi);
  if (!session) return invalid("Tên đăng nhập, mật khẩu hoặc mã đơn vị không đúng.");
  return ok("Đăng nhập thành công", { session });
}

/** `DongBoHoSoMC`: inserts (isUpdating "false") or updates ("true") dossiers, all or none. */
function syncDossiers(
  context: WireContext,
  body: Record<string, unknown>,
  key: string | null,
): ServiceOutcome {
  const request = SyncRequest.safeParse(body);
  if (!request.success) return invalid('Yêu cầu đồng bộ cần isUpdating ("true"/"false") và danh sách data.');
  const records: HoSoDongBo[] = [];
  for (const [index, item] of request.data.data.entries()) {
    const parsed = SyncedDossier.safeParse(item);
    if (!parsed.success) return invalid(`Hồ sơ thứ ${index + 1} không hợp lệ: ${issuesOf(parsed.error)}.`);
    records.push(parsed.data as unknown as HoSoDongBo);
  }
  const codes = records.map((r) => r.MaHoSo);
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated) return invalid(`Hồ sơ ${repeated} xuất hiện nhiều lần trong cùng yêu cầu.`);
  const updating = request.data.isUpdating === "true";
  const { dossiers } = context.state;
  for (const record of records) {
    if (updating && !dossiers.has(record.MaHoSo)) {
      return refused(
        PORTAL_CODES.notFound,
        `Hồ sơ ${record.MaHoSo} chưa có trên Cổng DVCQG; hãy gửi thêm mới.`,
      );
    }
    if (!updating && dossiers.has(record.MaHoSo)) {
      return refused(
        PORTAL_CODES.alreadyExists,
        `Hồ sơ ${record.MaHoSo} đã có trên Cổng DVCQG; hãy gửi cập nhật.`,
      );
    }
  }
  const at = context.now();
  for (const record of records) {
    const dossier = dossiers.get(record.MaHoSo);
    if (dossier) {
      applySyncedStatus(dossier, record, at, key);
    } else {
      dossiers.set(record.MaHoSo, {
        record,
        statusHistory: [{ code: record.TrangThaiHoSo, at, key }],
        progress: [],
        source: "dong_bo",
        updatedAt: at,
      });
    }
  }
  context.changed();
  return {
    answer: { error_code: PORTAL_CODES.ok, message: `Đã đồng bộ ${records.length} hồ sơ.` },
    effect: true,
  };
}

function applySyncedStatus(
  dossier: SimulatedDossier,
  record: HoSoDongBo,
  at: number,
  key: string | null,
): void {
  const last = dossier.statusHistory[dossier.statusHistory.length - 1];
  if (last?.code !== record.TrangThaiHoSo)
    dossier.statusHistory.push({ code: record.TrangThaiHoSo, at, key });
  dossier.record = record;
  dossier.source = "dong_bo";
  dossier.updatedAt = at;
}

/** `CapNhatTienDoHoSoMC`: appends progress records to known dossiers, all or none. */
function syncProgress(context: WireContext, body: Record<string, unknown>): ServiceOutcome {
  const request = ProgressRequest.safeParse(body);
  if (!request.success) return invalid("Yêu cầu cập nhật tiến độ cần danh sách data.");
  const records: TienDoHoSo[] = [];
  for (const [index, item] of request.data.data.entries()) {
    const parsed = ProgressRecord.safeParse(item);
    if (!parsed.success)
      return invalid(`Bản ghi tiến độ thứ ${index + 1} không hợp lệ: ${issuesOf(parsed.error)}.`);
    if (!context.state.dossiers.has(parsed.data.MaHoSo)) {
      return refused(PORTAL_CODES.notFound, `Hồ sơ ${parsed.data.MaHoSo} chưa có trên Cổng DVCQG.`);
    }
    records.push(parsed.data as unknown as TienDoHoSo);
  }
  for (const record of records) context.state.dossiers.get(record.MaHoSo)?.progress.push(record);
  context.changed();
  return {
    answer: { error_code: PORTAL_CODES.ok, message: `Đã cập nhật ${records.length} bản ghi tiến độ.` },
    effect: true,
  };
}

/**
 * `TraCuuHoSo`: by codes (unknown ones are left out of the result), or by a period: the dossiers
 * received or changed on the portal between TuNgay and DenNgay, optionally of one agency.
 */
function lookUpDossiers(context: WireContext, body: Record<string, unknown>): ServiceOutcome {
  const request = LookUpRequest.safeParse(body);
  if (!request.success) return invalid("Cần MaHoSo (danh sách mã) hoặc TuNgay và DenNgay (yyyyMMddHHmmss).");
  const { state } = context;
  let found: SimulatedDossier[];
  if ("MaHoSo" in request.data) {
    found = request.data.MaHoSo.flatMap((code) => state.dossiers.get(code) ?? []);
  } else {
    const from = parsePortalDate(request.data.TuNgay) ?? 0;
    const to = parsePortalDate(request.data.DenNgay) ?? 0;
    const agency = request.data.CoQuanTiepNhan;
    const within = (instant: number | null) => instant !== null && instant >= from && instant <= to;
    found = [...state.dossiers.values()].filter(
      (d) =>
        (!agency || d.record.CoQuanTiepNhan === agency) &&
        (within(parsePortalDate(d.record.NgayTiepNhan)) || within(d.updatedAt)),
    );
  }
  return ok("Thành công", { result: found.map((d) => state.lookUp(d)) });
}

function getProcedure(context: WireContext, body: Record<string, unknown>): ServiceOutcome {
  const request = ProcedureRequest.safeParse(body);
  if (!request.success) return invalid("Thiếu mã thủ tục (MaTTHC).");
  const procedure = context.state.catalog.get(request.data.MaTTHC);
  if (!procedure)
    return refused(PORTAL_CODES.notFound, `Không có thủ tục ${request.data.MaTTHC} trong CSDL quốc gia.`);
  return ok("Thành công", { result: procedure });
}

/** `LayDanhSachHoSoNop` (REC-10): the submissions after `sauSoThuTu`, oldest first, one page. */
function listSubmitted(context: WireContext, body: Record<string, unknown>): ServiceOutcome {
  const request = SubmittedRequest.safeParse(body);
  if (!request.success) return invalid("sauSoThuTu phải là số nguyên không âm.");
  const after = request.data.sauSoThuTu;
  const result = context.state.submissions
    .filter((s) => s.dossier.SoThuTu > after)
    .sort((a, b) => a.dossier.SoThuTu - b.dossier.SoThuTu)
    .slice(0, SUBMISSIONS_PER_PAGE)
    .map((s) => s.dossier);
  return ok("Thành công", { result });
}

/** Changes a dossier's status from the portal's side (reconciliation tests). */
export function setPortalStatus(context: WireContext, code: string, status: NationalStatusCode): void {
  const dossier = context.state.dossiers.get(code);
  if (!dossier) throw new Error(`Dossier ${code} is not on the simulated portal`);
  const at = context.now();
  dossier.record = { ...dossier.record, TrangThaiHoSo: status };
  dossier.statusHistory.push({ code: status, at, key: null });
  dossier.source = "cong_quoc_gia";
  dossier.updatedAt = at;
  context.changed();
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(gốc)"}: ${issue.message}`)
    .join("; ");
}
