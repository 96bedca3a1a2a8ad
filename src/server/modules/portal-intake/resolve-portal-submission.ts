import type { PortalSubmissionResolved } from "../../../contracts/portal-intake.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import {
  type IntakeOutcome,
  type IntakeSettings,
  outcomeOf,
  processPortalSubmission,
} from "./receive-portal-submission.ts";

const NOT_PARKED = new AppError(
  409,
  "PORTAL_SUBMISSION_NOT_PARKED",
  "Hồ sơ này không ở trạng thái tạm dừng (đã tiếp nhận, đã hủy hoặc đang xử lý).",
);

type Resolution = { action: "retry" } | { action: "discard"; reason: string };

/**
 * REC-10: the provincial office's decision on a parked submission: retry (processed again now,
 * e.g. once the file server answers or the procedure is published; it may park again), or discard
 * it with a reason (it never becomes a dossier; a later delivery of it answers "discarded"). Only a
 * parked submission changes; the request's audit record names it, the action and the reason.
 */
export async function resolvePortalSubmission(
  db: Db,
  clock: Clock,
  settings: IntakeSettings,
  key: string,
  resolution: Resolution,
): Promise<PortalSubmissionResolved> {
  const now = new Date(clock());
  const changes =
    resolution.action === "retry"
      ? { status: "pending" as const, reason_code: null, reason: null, claimed_until: null, updated_at: now }
      : { status: "discarded" as const, discard_reason: resolution.reason, updated_at: now };
  // The note is made before COMMIT, so the request's one audit record names the submission.
  const updated = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("portal_submission")
      .set(changes)
      .where("national_code", "=", key)
      .where("status", "=", "parked")
      .returning(["national_code", "reason_code"])
      .executeTakeFirst();
    if (row) {
      noteAudit({
        objectType: "portal_submission",
        objectId: key,
        detail: {
          action: resolution.action,
          reasonCode: row.reason_code,
          ...(resolution.action === "discard" ? { reason: resolution.reason } : {}),
        },
      });
    }
    return row;
  });
  if (!updated) {
    await outcomeOf(db, key);
    throw NOT_PARKED;
  }
  const outcome =
    resolution.action === "retry"
      ? await processPortalSubmission(db, clock, settings, key)
      : await outcomeOf(db, key);
  return resolvedOf(outcome);
}

function resolvedOf(outcome: IntakeOutcome): PortalSubmissionResolved {
  return {
    nationalCode: outcome.key,
    status: outcome.status,
    reasonCode: outcome.status === "parked" ? outcome.reasonCode : null,
    reason:
      outcome.status === "parked" ? outcome.reason : outcome.status === "discarded" ? outcome.reason : null,
    dossierCode: outcome.status === "received" ? outcome.dossierCode : null,
  };
}
