import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { FeedbackAnswer, OfficerFeedback } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import { feedbackWithAgency, officerFeedback } from "./feedback-view.ts";

const NOT_FOUND = new AppError(404, "FEEDBACK_NOT_FOUND", "Không tìm thấy phản ánh, kiến nghị.");
const OTHER_AGENCY = new AppError(
  403,
  "FEEDBACK_OTHER_AGENCY",
  "Phản ánh, kiến nghị này gửi đến cơ quan khác; bạn không có quyền trả lời.",
);
const ALREADY = new AppError(409, "FEEDBACK_ALREADY_ANSWERED", "Phản ánh, kiến nghị này đã được trả lời.");

/**
 * SAT-3: an officer of the feedback's agency (the access check proved their role over
 * `agencyId`; the feedback must be within that agency's subtree, else 403) answers it once, and
 * chooses whether the answer is published.
 */
export async function answerFeedback(
  db: Db,
  officer: CurrentOfficer,
  feedbackId: string,
  body: FeedbackAnswer,
  now: number,
): Promise<OfficerFeedback> {
  if (!UUID.test(feedbackId)) throw NOT_FOUND;
  const found = await db
    .selectFrom("feedback")
    .select("agency_id")
    .where("id", "=", feedbackId)
    .executeTakeFirst();
  if (!found) throw NOT_FOUND;
  const updated = await db
    .updateTable("feedback")
    .set({
      answer: body.answer,
      answer_published: body.publish,
      answered_at: new Date(now),
      answered_by: officer.id,
    })
    .where("id", "=", feedbackId)
    .where("agency_id", "in", agencySubtree(db, body.agencyId))
    .where("answered_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!updated) {
    const inScope = await db
      .selectFrom("feedback")
      .select("id")
      .where("id", "=", feedbackId)
      .where("agency_id", "in", agencySubtree(db, body.agencyId))
      .executeTakeFirst();
    throw inScope ? ALREADY : OTHER_AGENCY;
  }
  const row = await feedbackWithAgency(db).where("f.id", "=", feedbackId).executeTakeFirstOrThrow();
  return officerFeedback(row, now);
}
