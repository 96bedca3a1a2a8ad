import type { Selectable } from "kysely";
import type { OfficerFeedback } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import type { FeedbackTable } from "../../db/schema/satisfaction.ts";

type FeedbackRow = Selectable<FeedbackTable> & { agency_name: string };

/** Feedback rows with their agency's name, for every list of this module. */
export function feedbackWithAgency(db: Db) {
  return db
    .selectFrom("feedback as f")
    .innerJoin("agency as a", "a.id", "f.agency_id")
    .selectAll("f")
    .select("a.name as agency_name");
}

const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

/** What the sender and the public may read of a feedback (no contact). */
export function feedbackCore(row: FeedbackRow) {
  return {
    id: row.id,
    agency: { id: row.agency_id, name: row.agency_name },
    subject: row.subject,
    content: row.content,
    dossierCode: row.dossier_code,
    procedureCode: row.procedure_code,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    answer: row.answer,
    answeredAt: isoOrNull(row.answered_at),
    answerPublished: row.answer_published,
  };
}

/** SAT-3: the officers' view: the sender's contact and whether the answer is (or was) late. */
export function officerFeedback(row: FeedbackRow, now: number): OfficerFeedback {
  const answeredOrNow = row.answered_at?.getTime() ?? now;
  return {
    ...feedbackCore(row),
    sender: {
      name: row.contact_name,
      phone: row.contact_phone,
      email: row.contact_email,
      signedIn: row.citizen_id !== null,
    },
    overdue: answeredOrNow > row.due_at.getTime(),
  };
}
