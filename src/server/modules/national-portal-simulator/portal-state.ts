import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import {
  type HoSoDongBo,
  type HoSoNopTrucTuyen,
  type HoSoTraCuu,
  type PortalAnswer,
  portalDate,
  type ThuTucQuocGia,
  type TienDoHoSo,
} from "../national-portal/wire.ts";
import { seedNationalCatalog } from "./national-catalog.ts";

/** Who made the last change of a dossier on the portal: motcua's sync, or the portal itself. */
export type ChangeSource = HoSoTraCuu["NguonCapNhat"];

/** One status a dossier had on the portal, when, and the idempotency key of the request (or null). */
export interface StatusChange {
  readonly code: NationalStatusCode;
  readonly at: number;
  readonly key: string | null;
}

/** A dossier as the portal holds it after motcua synced it (`DongBoHoSoMC`). */
export interface SimulatedDossier {
  record: HoSoDongBo;
  statusHistory: StatusChange[];
  progress: TienDoHoSo[];
  source: ChangeSource;
  updatedAt: number;
}

/** A dossier a citizen submitted on the portal (REC-10), and whether motcua accepted its push. */
export interface Submission {
  readonly dossier: HoSoNopTrucTuyen;
  readonly submittedAt: number;
  delivered: boolean;
}

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** What the state file holds (version 1). */
export interface Snapshot {
  readonly version: 1;
  readonly sequence: number;
  readonly dossiers: [string, SimulatedDossier][];
  readonly submissions: Submission[];
  readonly files: { id: string; name: string; mediaType: string; base64: string }[];
  readonly catalog: ThuTucQuocGia[];
  readonly answersByKey: [string, PortalAnswer][];
  readonly requestsByKey: [string, number][];
  readonly effectsByKey: [string, number][];
}

/**
 * INT-1, REC-10: everything the simulated portal knows: the dossiers motcua synced, the dossiers
 * citizens submitted and their files, the national procedure catalog, and per idempotency key the
 * answer of the request that took effect. Plain data in memory; `snapshot`/`restore` for the
 * state file.
 */
export class PortalState {
  readonly dossiers = new Map<string, SimulatedDossier>();
  readonly submissions: Submission[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly catalog = new Map<string, ThuTucQuocGia>(seedNationalCatalog().map((p) => [p.MaTTHC, p]));
  /** The answer of each request that took effect, by idempotency key: a repeat gets it again. */
  readonly answersByKey = new Map<string, PortalAnswer>();
  readonly requestsByKey = new Map<string, number>();
  readonly effectsByKey = new Map<string, number>();
  /** The last `SoThuTu` given. */
  sequence = 0;

  /** The submission with this national code, if any. */
  submissionOf(nationalCode: string): Submission | undefined {
    return nationalCode ? this.submissions.find((s) => s.dossier.MaHoSoQG === nationalCode) : undefined;
  }

  /** What `TraCuuHoSo` answers for a dossier. */
  lookUp(dossier: SimulatedDossier): HoSoTraCuu {
    const { record } = dossier;
    return {
      MaHoSo: record.MaHoSo,
      MaHoSoQG: record.MaHoSoQG,
      CoQuanTiepNhan: record.CoQuanTiepNhan,
      TrangThaiHoSo: record.TrangThaiHoSo,
      NgayTiepNhan: record.NgayTiepNhan,
      NgayCapNhat: portalDate(dossier.updatedAt),
      NguonCapNhat: dossier.source,
    };
  }

  snapshot(): Snapshot {
    return {
      version: 1,
      sequence: this.sequence,
      dossiers: [...this.dossiers],
      submissions: this.submissions,
      files: [...this.files.values()].map((f) => ({
        id: f.id,
        name: f.name,
        mediaType: f.mediaType,
        base64: f.content.toString("base64"),
      })),
      catalog: [...this.catalog.values()],
      answersByKey: [...this.answersByKey],
      requestsByKey: [...this.requestsByKey],
      effectsByKey: [...this.effectsByKey],
    };
  }

  restore(snapshot: Snapshot): void {
    this.sequence = snapshot.sequence;
    refill(this.dossiers, snapshot.dossiers);
    this.submissions.splice(0, this.submissions.length, ...snapshot.submissions);
    refill(
      this.files,
      snapshot.files.map((f) => [
        f.id,
        { id: f.id, name: f.name, mediaType: f.mediaType, content: Buffer.from(f.base64, "base64") },
      ]),
    );
    refill(
      this.catalog,
      snapshot.catalog.map((p) => [p.MaTTHC, p]),
    );
    refill(this.answersByKey, snapshot.answersByKey);
    refill(this.requestsByKey, snapshot.requestsByKey);
    refill(this.effectsByKey, snapshot.effectsByKey);
  }
}

function refill<K, V>(map: Map<K, V>, entries: Iterable<[K, V]>): void {
  map.clear();
  for (const [key, value] of entries) map.set(key, value);
}
