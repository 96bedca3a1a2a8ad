import type { PublicDossierLookup } from "../../../contracts/dossiers.ts";

/** Finished: on time or late; still open: within the time limit or overdue. */
export type Timeliness = "on_time" | "late" | "in_time" | "overdue";

/** Against the appointment given to the applicant; none without an appointment (not received yet, refused at the counter). */
export function timelinessOf(
  lookup: Pick<PublicDossierLookup, "appointment" | "finishedAt">,
  now: number,
): Timeliness | null {
  if (!lookup.appointment) return null;
  const appointment = Date.parse(lookup.appointment);
  if (lookup.finishedAt) return Date.parse(lookup.finishedAt) <= appointment ? "on_time" : "late";
  return now <= appointment ? "in_time" : "overdue";
}
