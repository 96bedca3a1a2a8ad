import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { CitizenFeedbackList } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { feedbackCore, feedbackWithAgency } from "./feedback-view.ts";

/** SAT-3: the signed-in citizen's own feedback and petitions with their answers, newest first. */
export async function listCitizenFeedback(db: Db, citizen: CitizenProfile): Promise<CitizenFeedbackList> {
  const rows = await feedbackWithAgency(db)
    .where("f.citizen_id", "=", citizen.id)
    .orderBy("f.received_at", "desc")
    .limit(200)
    .execute();
  return { items: rows.map(feedbackCore) };
}
