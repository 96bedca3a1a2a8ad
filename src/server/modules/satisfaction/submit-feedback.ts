import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { FeedbackReceipt, SubmittedFeedback } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { feedbackDueAt } from "./feedback-due.ts";

const CONTACT_REQUIRED = new AppError(
  400,
  "FEEDBACK_CONTACT_REQUIRED",
  "Phản ánh, kiến nghị không đăng nhập cần có họ tên và số điện thoại hoặc địa chỉ thư điện tử để cơ quan trả lời.",
  [{ path: "contactName", message: "vui lòng nhập họ tên và số điện thoại hoặc thư điện tử" }],
);

/**
 * SAT-3: a feedback or petition, received for its agency (which must exist: 404 otherwise), due
 * 10 working days later on the agency's calendar. A signed-in citizen is its sender; anyone else
 * must leave a name and a phone number or an e-mail address.
 */
export async function submitFeedback(
  db: Db,
  citizen: CitizenProfile | null,
  body: SubmittedFeedback,
  now: number,
): Promise<FeedbackReceipt> {
  const contactName = body.contactName ?? citizen?.fullName ?? null;
  if (!citizen && !(contactName && (body.contactPhone || body.contactEmail))) throw CONTACT_REQUIRED;
  const dueAt = await feedbackDueAt(db, body.agencyId, now);
  const row = await db
    .insertInto("feedback")
    .values({
      agency_id: body.agencyId,
      citizen_id: citizen?.id ?? null,
      contact_name: contactName,
      contact_phone: body.contactPhone ?? null,
      contact_email: body.contactEmail ?? null,
      subject: body.subject,
      content: body.content,
      dossier_code: body.dossierCode ?? null,
      procedure_code: body.procedureCode ?? null,
      received_at: new Date(now),
      due_at: new Date(dueAt),
    })
    .returning(["id", "received_at", "due_at"])
    .executeTakeFirstOrThrow();
  return { id: row.id, receivedAt: row.received_at.toISOString(), dueAt: row.due_at.toISOString() };
}
