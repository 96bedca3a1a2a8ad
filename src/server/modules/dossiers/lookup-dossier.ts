import type { PublicDossierLookup } from "../../../contracts/dossiers.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { type Dossier, nationalStatusCode, STATUS_LABELS, statusOf } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { stateOf } from "./dossier-store.ts";
import { iso, isoOrNull } from "./dossier-view.ts";

/**
 * CODE-3 / LKP-1: anyone with the code (printed on the receipt, in its QR) sees where the dossier
 * stands: status, national status code, procedure, agency, received / appointment / finished.
 * Personal data is masked ("Nguyễn V*** A*"); no ID number, address or contact. Whether it keeps
 * to time is the domain's answer at `now` (CAL-9, PAU-3), never the browser's clock.
 */
export async function lookupDossier(db: Db, code: string, now: number): Promise<PublicDossierLookup> {
  const row = await db
    .selectFrom("dossier as d")
    .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
    .select([
      "d.state",
      "d.national_code",
      "d.receiving_agency_id",
      "a.code as agency_code",
      "a.name as agency_name",
    ])
    .where("d.code", "=", code)
    .executeTakeFirst();
  if (!row) throw new AppError(404, "DOSSIER_NOT_FOUND", `Không tìm thấy hồ sơ có mã ${code}.`);
  const dossier = stateOf(row);
  const timeliness = await timelinessOf(dossier, now, () =>
    loadWorkingCalendar(db, row.receiving_agency_id).then((loaded) => loaded.calendar),
  );
  return {
    code: dossier.code,
    nationalCode: row.national_code,
    status: dossier.status,
    statusLabel: STATUS_LABELS[dossier.status],
    nationalStatusCode: nationalStatusCode(dossier),
    procedure: { code: dossier.procedure.code, name: dossier.procedure.name },
    agency: { code: row.agency_code, name: row.agency_name },
    applicantName:
      dossier.applicant.kind === "organization"
        ? dossier.applicant.name
        : maskPersonName(dossier.applicant.name),
    submittedAt: iso(dossier.submittedAt),
    receivedAt: isoOrNull(dossier.receivedAt),
    appointment: isoOrNull(dossier.clock?.appointment),
    finishedAt: isoOrNull(dossier.finish?.at),
    timeliness,
  };
}

/**
 * Finished: as CAL-9 classified the finish against the statutory due (an apology never excuses
 * lateness, PRC-7); open: overdue when finishing now would be late (frozen while paused, PAU-3);
 * null while the clock does not count (before reception, returned for supplement). The calendar
 * is read only for an open dossier (most looked up are finished: one query less).
 */
async function timelinessOf(
  dossier: Dossier,
  now: number,
  calendar: () => Promise<WorkingCalendar>,
): Promise<PublicDossierLookup["timeliness"]> {
  if (dossier.finish) return dossier.finish.outcome === "late" ? "late" : "on_time";
  const status = statusOf(dossier, now, await calendar());
  if (status.remainingMinutes === null) return null;
  return status.overdue ? "overdue" : "in_time";
}

/**
 * "Nguyễn Văn An" → "Nguyễn V*** A*": the family name, then each other name by its initial with a
 * fixed number of stars (so that the mask does not tell the length). One word: its initial.
 */
function maskPersonName(name: string): string {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  const initial = (word: string) => Array.from(word)[0] ?? "";
  if (words.length === 1) return `${initial(words[0] as string)}*`;
  const [family, ...rest] = words as [string, ...string[]];
  return [family, ...rest.map((word, i) => `${initial(word)}${i === rest.length - 1 ? "*" : "***"}`)].join(
    " ",
  );
}
