import type { PublicDossierLookup } from "../../../contracts/dossiers.ts";
import { nationalStatusCode, STATUS_LABELS } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { stateOf } from "./dossier-store.ts";
import { iso, isoOrNull } from "./dossier-view.ts";

/**
 * CODE-3 / LKP-1: anyone with the code (printed on the receipt, in its QR) sees where the dossier
 * stands: status, national status code, procedure, agency, received / appointment / finished.
 * Personal data is masked ("Nguyễn V*** A*"); no ID number, address or contact.
 */
export async function lookupDossier(db: Db, code: string): Promise<PublicDossierLookup> {
  const row = await db
    .selectFrom("dossier as d")
    .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
    .select(["d.state", "a.code as agency_code", "a.name as agency_name"])
    .where("d.code", "=", code)
    .executeTakeFirst();
  if (!row) throw new AppError(404, "DOSSIER_NOT_FOUND", `Không tìm thấy hồ sơ có mã ${code}.`);
  const dossier = stateOf(row);
  return {
    code: dossier.code,
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
  };
}

/**
 * "Nguyễn Văn An" → "Nguyễn V*** A*": the family name, then each other name by its initial with a
 * fixed number of stars (so that the mask does not tell the length). One word: its initial.
 */
export function maskPersonName(name: string): string {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  const initial = (word: string) => Array.from(word)[0] ?? "";
  if (words.length === 1) return `${initial(words[0] as string)}*`;
  const [family, ...rest] = words as [string, ...string[]];
  return [family, ...rest.map((word, i) => `${initial(word)}${i === rest.length - 1 ? "*" : "***"}`)].join(
    " ",
  );
}
