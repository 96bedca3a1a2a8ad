import type { PublicFeedbackList } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { feedbackCore, feedbackWithAgency } from "./feedback-view.ts";

const PUBLISHED_SHOWN = 50;

/**
 * SAT-3: the answers their agencies chose to publish, newest first, with the question; never the
 * sender, their contact or the dossier code (which would identify the applicant).
 */
export async function listPublishedFeedback(db: Db): Promise<PublicFeedbackList> {
  const rows = await feedbackWithAgency(db)
    .where("f.answer_published", "=", true)
    .orderBy("f.answered_at", "desc")
    .limit(PUBLISHED_SHOWN)
    .execute();
  return {
    items: rows.map((row) => {
      const { answerPublished: _published, dossierCode: _code, ...rest } = feedbackCore(row);
      return rest;
    }),
  };
}
