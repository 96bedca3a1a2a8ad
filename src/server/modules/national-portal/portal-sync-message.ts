import { EVENT_LABELS } from "../../../domain/dossier/event-labels.ts";
import type { Actor, Dossier, DossierEvent, DossierEventType } from "../../../domain/dossier/index.ts";
import { type NationalStatusCode, nationalStatusCode } from "../../../domain/dossier/national-status.ts";
import { ROLE_NAMES } from "../../../domain/workflow/definition.ts";
import {
  type HoSoDongBo,
  type PortalApplicantKind,
  type PortalChannel,
  portalDate,
  type TienDoHoSo,
} from "./wire.ts";

/**
 * INT-1: what the national portal is told about one committed change of a dossier, built from the
 * domain Dossier at that version and the change's events (pure). The names the state does not hold
 * (the procedure's field, officers, units) are left to the sender, which looks them up at send
 * time (README: cheaper than in the command's transaction); `refs` says where.
 */
export interface PortalSyncPayload {
  readonly dossierId: string;
  readonly version: number;
  /** The dossier's first message (its creation, or a re-sync): sent as an insert. */
  readonly first: boolean;
  /** CAN-3: cancelled; the sender withdraws it (README: a last update saying so, status as before). */
  readonly cancelled: boolean;
  /** The snapshot; `MaLinhVuc`, `TenLinhVuc`, `DonViXuLy` and `MaHoSoQG` are filled in by the sender. */
  readonly dossier: HoSoDongBo;
  readonly refs: {
    readonly procedureId: string;
    readonly procedureVersion: number;
    /** The unit (or agency) holding the dossier, whose name is `DonViXuLy`. */
    readonly unitId: string;
  };
  readonly progress: readonly ProgressDraft[];
}

/** Who acted: an officer is named by the sender (name, role's title, unit); others are named here. */
export type ProgressActor =
  | { readonly kind: "officer"; readonly officerId: string; readonly title: string; readonly unitId: string }
  | { readonly kind: "named"; readonly name: string; readonly title: string };

/** A progress record before the sender names who acted. */
export type ProgressDraft = Omit<TienDoHoSo, "NguoiXuLy" | "ChucDanh" | "PhongBanXuLy"> & {
  readonly actor: ProgressActor;
};

/**
 * Events the portal does not see: they change neither the synced snapshot (status code,
 * appointment, reception, finish, return, refusal, who holds the dossier) nor hand it over.
 * Every other event, including new ones, is synced (an extra update is harmless; a missing one is not).
 */
const NOT_SYNCED: ReadonlySet<DossierEventType> = new Set<DossierEventType>([
  "assigned",
  "consultation_requested",
  "consultation_answered",
  "late_warning_issued",
  "lateness_reason_recorded",
  "result_uploaded",
  "result_error_flagged",
  "result_corrected",
  "cancellation_requested",
  "cancellation_rejected",
]);

const CHANNELS: Readonly<Record<Dossier["channel"], PortalChannel>> = { counter: 1, online: 2, post: 3 };
const APPLICANT_KINDS: Readonly<Record<Dossier["applicant"]["kind"], PortalApplicantKind>> = {
  individual: 1,
  organization: 2,
};

/**
 * The portal's status code of a dossier. A cancelled one (no code, CAN-3) keeps the code of the
 * state it was cancelled from: the portal has no status for it, and its last report stands.
 */
export function reportedStatusCode(dossier: Dossier): NationalStatusCode {
  const code = nationalStatusCode(dossier);
  if (code !== null) return code;
  const underlying = dossier.cancellations[dossier.cancellations.length - 1]?.returnTo ?? "received";
  return nationalStatusCode({ ...dossier, status: underlying }) ?? 2;
}

/** The unit holding the dossier now: its step's unit, else the processing agency, else the receiving one. */
function holdingUnitOf(dossier: Dossier): string {
  return dossier.step?.unitId ?? dossier.processingAgencyId ?? dossier.receivingAgencyId;
}

/** `HoSoDongBo` of the dossier at its version (the looked-up names blank). */
export function dossierSnapshot(dossier: Dossier): HoSoDongBo {
  const cancellation = dossier.status === "cancelled" ? dossier.cancellations.at(-1) : undefined;
  return {
    MaHoSo: dossier.code,
    MaHoSoQG: "",
    MaTTHC: dossier.procedure.code ?? "",
    TenTTHC: dossier.procedure.name,
    MaLinhVuc: "",
    TenLinhVuc: "",
    KenhThucHien: CHANNELS[dossier.channel],
    ChuHoSo: dossier.applicant.name,
    LoaiDoiTuong: APPLICANT_KINDS[dossier.applicant.kind],
    SoGiayToChuHoSo: dossier.applicant.idNumber ?? "",
    Email: dossier.applicant.email ?? "",
    SoDienThoai: dossier.applicant.phone ?? "",
    TrichYeuHoSo: `${dossier.procedure.name} - ${dossier.applicant.name}`,
    CoQuanTiepNhan: dossier.receivingAgencyIdentifier,
    NgayNopHoSo: portalDate(dossier.submittedAt),
    NgayTiepNhan: portalDate(dossier.receivedAt),
    NgayHenTra: portalDate(dossier.clock?.appointment ?? null),
    TrangThaiHoSo: reportedStatusCode(dossier),
    NgayKetThucXuLy: portalDate(dossier.finish?.at ?? null),
    NgayTra: portalDate(dossier.delivery?.at ?? null),
    HinhThuc: dossier.resultDelivery === "post" ? 1 : 0,
    DonViXuLy: "",
    NgayTuChoi: portalDate(dossier.refusal?.effectiveAt ?? dossier.notCompetent?.at ?? null),
    TaiKhoanDuocXacThucVoiVNeID: dossier.applicantAccountId !== null ? 1 : 0,
    DuocThanhToanTrucTuyen: dossier.channel === "online" && dossier.fees.paid > 0 ? 1 : 0,
    GhiChu: cancellation ? `Hồ sơ đã bị hủy (CAN-3): ${cancellation.reason}` : "",
    DanhSachLePhi: [],
  };
}

function progressActor(actor: Actor, dossier: Dossier): ProgressActor {
  switch (actor.kind) {
    case "officer":
      return {
        kind: "officer",
        officerId: actor.officerId,
        title: ROLE_NAMES[actor.role],
        unitId: actor.agencyId,
      };
    case "applicant":
      return { kind: "named", name: dossier.applicant.name, title: "Người nộp hồ sơ" };
    default:
      return { kind: "named", name: "Hệ thống một cửa điện tử", title: "" };
  }
}

/** What was done: the timeline's label, with the step it went to for a hand-over. */
function contentOf(event: DossierEvent, dossier: Dossier): string {
  const label = EVENT_LABELS[event.type];
  const step = dossier.step ? dossier.workflow.steps[dossier.step.index] : undefined;
  return (event.type === "handed_over" || event.type === "transfer_accepted") && step
    ? `${label}: ${step.name}`
    : label;
}

/** A progress record of each synced event (a status change, a hand-over, a new appointment…). */
export function progressDrafts(dossier: Dossier, events: readonly DossierEvent[]): ProgressDraft[] {
  const statutoryEnd = portalDate(dossier.step?.clock.appointment ?? dossier.clock?.appointment ?? null);
  const status = reportedStatusCode(dossier);
  return events
    .filter((event) => !NOT_SYNCED.has(event.type))
    .map((event) => ({
      MaHoSo: dossier.code,
      actor: progressActor(event.actor, dossier),
      ThoiDiemXuLy: portalDate(event.at),
      NoiDungXuLy: contentOf(event, dossier),
      TrangThai: status,
      NgayBatDau: portalDate(event.at),
      NgayKetThucTheoQuyDinh: statutoryEnd,
    }));
}

/**
 * The message of a committed change, or null when the portal need not know: a test dossier
 * (CAN-1), or events it does not see. `first` for the dossier's creation.
 */
export function portalSyncPayload(
  dossier: Dossier,
  events: readonly DossierEvent[],
): PortalSyncPayload | null {
  if (dossier.test !== null) return null;
  if (!events.some((event) => !NOT_SYNCED.has(event.type))) return null;
  return {
    dossierId: dossier.id,
    version: dossier.version,
    first: events.some((event) => event.version === 1),
    cancelled: dossier.status === "cancelled",
    dossier: dossierSnapshot(dossier),
    refs: {
      procedureId: dossier.procedure.id,
      procedureVersion: dossier.procedure.version,
      unitId: holdingUnitOf(dossier),
    },
    progress: progressDrafts(dossier, events),
  };
}
