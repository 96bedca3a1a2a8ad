import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type {
  CitizenSupplementRequest,
  CitizenWithdrawalRequest,
} from "../../../contracts/citizen-dossier-actions.ts";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { applicant, type Command } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { changeDossier } from "./act-on-dossier.ts";
import { getCitizenDossier, ownedBy } from "./citizen-dossiers.ts";
import type { Clock } from "./clock.ts";
import { UUID } from "./dossier-store.ts";
import type { IdempotencyKey } from "./idempotency.ts";

/**
 * The applicant's own commands from "Hồ sơ của tôi", through the same transaction as officers'
 * (`changeDossier`: version check, idempotency, files, event hash chain): the actor is the e-ID
 * account of the session, never anything the body says.
 *
 * Not gated by CITIZEN_PORTAL_ENABLED: the switch stops new online submissions (REC-4), but the
 * dossiers submitted while the portal was on are still in progress, and the law gives their
 * applicant these ways to act online (REC-8: the online supplement is made on the portal; WDR-1:
 * the request may be made online). Turning the portal off must not strand them. Dossiers that
 * arrived from the national portal (REC-10) or at the counter have no account here
 * (`applicant_account_id` null) and are answered there or at the one-stop.
 */
interface ApplicantCommand<B> {
  citizen: CitizenProfile;
  dossierId: string;
  body: B;
  idempotency: IdempotencyKey | null;
}

/** REC-8 (after REC-3, PRC-5 or PRC-6): the applicant's supplement, its files attached as "supplement". */
export function supplementOnline(
  db: Db,
  clock: Clock,
  request: ApplicantCommand<CitizenSupplementRequest>,
): Promise<CitizenDossierView> {
  const { body } = request;
  return actAsApplicant(db, clock, request, body.expectedVersion, {
    files: body.fileIds.map((fileId) => ({ fileId, purpose: "supplement" as const })),
    command: { type: "receive_supplement", documents: body.documents, note: body.note ?? null },
  });
}

/** WDR-1: the applicant asks online to withdraw the dossier, with a reason (no letter needed). */
export function requestWithdrawalOnline(
  db: Db,
  clock: Clock,
  request: ApplicantCommand<CitizenWithdrawalRequest>,
): Promise<CitizenDossierView> {
  return actAsApplicant(db, clock, request, request.body.expectedVersion, {
    files: [],
    command: { type: "request_withdrawal", reason: request.body.reason, letterRef: null },
  });
}

const NOT_FOUND = new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");

/**
 * A dossier the citizen sees only by their ID number (received at the counter or by post, level-2
 * e-ID) was not submitted with their account: the lifecycle knows no applicant for it to act as.
 */
const NOT_ONLINE = new AppError(
  409,
  "DOSSIER_NOT_SUBMITTED_ONLINE",
  "Hồ sơ này không được nộp trực tuyến bằng tài khoản của bạn; vui lòng bổ sung hoặc nộp đơn rút hồ sơ tại Bộ phận Một cửa nơi đã nộp.",
);

function actAsApplicant(
  db: Db,
  clock: Clock,
  request: ApplicantCommand<unknown>,
  expectedVersion: number,
  what: {
    files: { fileId: string; purpose: "supplement" }[];
    command: Record<string, unknown> & { type: "receive_supplement" | "request_withdrawal" };
  },
): Promise<CitizenDossierView> {
  const { citizen, dossierId } = request;
  return changeDossier(db, clock, {
    dossierId,
    expectedVersion,
    caller: `citizen:${citizen.id}`,
    idempotency: request.idempotency,
    files: what.files,
    // Another's dossier does not exist for them (rule 7): 404 before anything is touched.
    authorize: async (trx) => {
      if (!UUID.test(dossierId)) throw NOT_FOUND;
      const own = await trx
        .selectFrom("dossier as d")
        .select("d.applicant_account_id")
        .where("d.id", "=", dossierId)
        .where(ownedBy(citizen))
        .executeTakeFirst();
      if (!own) throw NOT_FOUND;
      if (own.applicant_account_id !== citizen.id) throw NOT_ONLINE;
    },
    command: async () => ({ ...what.command, actor: applicant(citizen.id) }) as unknown as Command,
    view: (trx, id, now) => getCitizenDossier(trx, citizen, id, now),
  });
}
