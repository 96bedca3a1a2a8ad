import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import {
  type HoSoDongBo,
  type HoSoNopTrucTuyen,
  PORTAL_CODES,
  type PortalAnswer,
  portalDate,
  type ThuTucQuocGia,
  type TienDoHoSo,
} from "../national-portal/wire.ts";
import type { PortalFault } from "./faults.ts";
import { type ChangeSource, PortalState, type StatusChange, type StoredFile } from "./portal-state.ts";
import { type SubmissionPusher, submissionPusher } from "./push-submissions.ts";
import { Sessions } from "./sessions.ts";
import { readStateFile, type StateSaver, stateSaver } from "./state-file.ts";
import { type PortalSubmissionInput, submitOnPortal } from "./submit-on-portal.ts";
import { answerService, type ServiceOutcome, setPortalStatus, type WireContext } from "./wire-services.ts";

export interface PortalSimulatorOptions {
  readonly username: string;
  readonly password: string;
  /** The province's identifier clients sign in with (madonvi); default `000.00.00.H56`. */
  readonly agencyCode?: string;
  /** motcua's intake endpoint: when set, each submission is pushed there (REC-10). */
  readonly intakeUrl?: string;
  readonly intakeToken?: string;
  /** How long a session lasts; default 30 minutes. */
  readonly sessionTtlMs?: number;
  /** Where the state is kept between runs; unset = in memory only. */
  readonly stateFile?: string;
}

/** A dossier as the simulated portal holds it (read API for tests). */
export interface PortalDossierView {
  readonly record: HoSoDongBo;
  readonly statusHistory: readonly StatusChange[];
  readonly progress: readonly TienDoHoSo[];
  readonly source: ChangeSource;
}

/**
 * INT-1, REC-10: the simulated National Public Service Portal, without its HTTP server: the wire
 * services with sessions and idempotency, the citizen's submissions and their push to motcua, the
 * portal's own changes, faults, and the state file. routes.ts serves it over HTTP, either in its
 * own server (start-simulator.ts) or mounted in motcua (mount.ts).
 */
export class PortalSimulatorCore {
  private readonly state = new PortalState();
  private readonly sessions: Sessions;
  private readonly saver: StateSaver | null;
  private readonly pusher: SubmissionPusher | null;
  private readonly faultWatchers: ((fault: PortalFault | null) => void)[] = [];
  private currentFault: PortalFault | null = null;
  /** The pages' root URL (files are served under it); set once the server's address is known. */
  root = "";

  constructor(options: PortalSimulatorOptions, log: (message: string) => void = () => {}) {
    this.sessions = new Sessions(
      {
        username: options.username,
        password: options.password,
        agencyCode: options.agencyCode ?? "000.00.00.H56",
      },
      options.sessionTtlMs ?? 30 * 60_000,
      Date.now,
    );
    const saved = options.stateFile ? readStateFile(options.stateFile) : null;
    if (saved) this.state.restore(saved);
    this.saver = options.stateFile
      ? stateSaver(
          options.stateFile,
          () => this.state.snapshot(),
          (error) => log(`không lưu được trạng thái: ${String(error)}`),
        )
      : null;
    this.pusher =
      options.intakeUrl && options.intakeToken
        ? submissionPusher({ url: options.intakeUrl, token: options.intakeToken }, () => this.changed(), log)
        : null;
  }

  /** Pushes again what an earlier run left undelivered (call once the intake may be up). */
  resumePushes(): void {
    for (const submission of this.state.submissions) if (!submission.delivered) this.pusher?.push(submission);
  }

  get fault(): PortalFault | null {
    return this.currentFault;
  }

  setFault(fault: PortalFault | null): void {
    this.currentFault = fault;
    for (const watcher of this.faultWatchers) watcher(fault);
  }

  /** Calls `watcher` on every fault change (the standalone server stops listening on `refuse`). */
  watchFaults(watcher: (fault: PortalFault | null) => void): void {
    this.faultWatchers.push(watcher);
  }

  /** Counts a request that carried `key`, whatever becomes of it. */
  countRequest(key: string | null): void {
    if (key) this.state.requestsByKey.set(key, (this.state.requestsByKey.get(key) ?? 0) + 1);
  }

  /**
   * Answers a wire request (the raw JSON body). A request whose idempotency key already took
   * effect gets the stored answer and changes nothing; a first effect stores its answer.
   */
  answer(body: Buffer | undefined, key: string | null): PortalAnswer {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body?.toString("utf8") ?? "");
    } catch {
      return { error_code: PORTAL_CODES.invalid, message: "Nội dung yêu cầu không phải JSON hợp lệ." };
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return { error_code: PORTAL_CODES.invalid, message: "Nội dung yêu cầu phải là một đối tượng JSON." };
    }
    const request = parsed as Record<string, unknown>;
    const stored = key ? this.state.answersByKey.get(key) : undefined;
    if (stored && this.sessions.isValid(request.session)) return stored;
    const outcome: ServiceOutcome = answerService(this.context(), request, key);
    if (outcome.effect && key) {
      this.state.answersByKey.set(key, outcome.answer);
      this.state.effectsByKey.set(key, (this.state.effectsByKey.get(key) ?? 0) + 1);
      this.changed();
    }
    return outcome.answer;
  }

  /** A citizen submits a dossier on the portal (REC-10); pushed to motcua when an intake is set. */
  submit(input: PortalSubmissionInput): HoSoNopTrucTuyen {
    const dossier = submitOnPortal(this.state, input, this.root, Date.now());
    this.changed();
    const submission = this.state.submissionOf(dossier.MaHoSoQG);
    if (submission) this.pusher?.push(submission);
    return dossier;
  }

  /** The portal changes a dossier's status itself (NguonCapNhat "cong_quoc_gia"). */
  setPortalStatus(code: string, status: NationalStatusCode): void {
    setPortalStatus(this.context(), code, status);
  }

  /** The portal loses or deletes a synced dossier (reconciliation tests). */
  removeDossier(code: string): void {
    this.state.dossiers.delete(code);
    this.changed();
  }

  /** Adds or changes a procedure of the national database, updated now (CFG-1 sync tests). */
  publishProcedure(procedure: ThuTucQuocGia): void {
    this.state.catalog.set(procedure.MaTTHC, { ...procedure, NgayCapNhat: portalDate(Date.now()) });
    this.changed();
  }

  /** Every session ends now: the next call is answered "401" and the client signs in again. */
  expireSessions(): void {
    this.sessions.expireAll();
  }

  dossiers(): Map<string, PortalDossierView> {
    return new Map(
      [...this.state.dossiers].map(([code, d]) => [
        code,
        { record: d.record, statusHistory: d.statusHistory, progress: d.progress, source: d.source },
      ]),
    );
  }

  /** The submissions, oldest first, and whether motcua accepted each push. */
  submissions(): readonly { dossier: HoSoNopTrucTuyen; submittedAt: number; delivered: boolean }[] {
    return this.state.submissions;
  }

  catalog(): readonly ThuTucQuocGia[] {
    return [...this.state.catalog.values()];
  }

  file(id: string): StoredFile | undefined {
    return this.state.files.get(id);
  }

  requestsByKey(): Map<string, number> {
    return new Map(this.state.requestsByKey);
  }

  /** How many times each key took effect: never more than once. */
  effectsByKey(): Map<string, number> {
    return new Map(this.state.effectsByKey);
  }

  async close(): Promise<void> {
    this.pusher?.stop();
    await this.saver?.flush();
  }

  private changed(): void {
    this.saver?.changed();
  }

  private context(): WireContext {
    return { state: this.state, sessions: this.sessions, now: Date.now, changed: () => this.changed() };
  }
}
