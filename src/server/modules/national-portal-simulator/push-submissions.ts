import type { Submission } from "./portal-state.ts";

export interface IntakeTarget {
  /** motcua's intake endpoint (`POST`, JSON body = the HoSoNopTrucTuyen). */
  readonly url: string;
  /** Sent as `authorization: Bearer …` (NATIONAL_PORTAL_INTAKE_TOKEN). */
  readonly token: string;
}

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
const PUSH_TIMEOUT_MS = 10_000;

export interface SubmissionPusher {
  /** Pushes the submission now and again, in the background, until motcua answers 2xx. */
  push(submission: Submission): void;
  /** Stops retrying (on close); undelivered submissions are pushed again at the next start. */
  stop(): void;
}

/**
 * REC-10: the portal pushes each submitted dossier to motcua's intake, retrying with a growing
 * pause (0.5 s doubling up to 30 s) until a 2xx, then marks it delivered. motcua deduplicates on
 * MaHoSoQG, so a push repeated after a lost answer does no harm; polling (`LayDanhSachHoSoNop`)
 * finds the same dossiers whether or not the push arrived.
 */
export function submissionPusher(
  target: IntakeTarget,
  delivered: () => void,
  log: (message: string) => void,
): SubmissionPusher {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const attempt = async (submission: Submission, pause: number) => {
    if (stopped || submission.delivered) return;
    let status = 0;
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${target.token}` },
        body: JSON.stringify(submission.dossier),
        signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) {
      submission.delivered = true;
      delivered();
      return;
    }
    if (stopped) return;
    log(
      `đẩy hồ sơ ${submission.dossier.MaHoSoQG} sang motcua chưa được (${status || "không kết nối"}), thử lại sau ${pause} ms`,
    );
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(submission, Math.min(pause * 2, LAST_RETRY_MS));
    }, pause);
    timers.add(timer);
  };

  return {
    push(submission) {
      void attempt(submission, FIRST_RETRY_MS);
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
