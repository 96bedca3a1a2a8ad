import type { FeedbackListQuery, OfficerFeedbackList } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import { feedbackWithAgency, officerFeedback } from "./feedback-view.ts";

const MAX_ROWS = 500;

/**
 * SAT-3: the feedback of an agency's subtree for its officers, the open ones first by due (the
 * most urgent on top), the answered ones newest first.
 */
export async function listAgencyFeedback(
  db: Db,
  query: FeedbackListQuery,
  now: number,
): Promise<OfficerFeedbackList> {
  let rows = feedbackWithAgency(db).where("f.agency_id", "in", agencySubtree(db, query.agencyId));
  if (query.status === "open") rows = rows.where("f.answered_at", "is", null);
  if (query.status === "answered") rows = rows.where("f.answered_at", "is not", null);
  const items = await rows
    .orderBy((eb) => eb.case().when("f.answered_at", "is", null).then(0).else(1).end())
    .orderBy("f.due_at")
    .orderBy("f.answered_at", "desc")
    .limit(MAX_ROWS)
    .execute();
  return { items: items.map((row) => officerFeedback(row, now)) };
}
