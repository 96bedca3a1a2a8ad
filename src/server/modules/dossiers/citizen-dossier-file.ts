import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { ownedBy } from "./citizen-dossiers.ts";
import { stateOf, UUID } from "./dossier-store.ts";

const NOT_FOUND = new AppError(404, "FILE_NOT_FOUND", "Không tìm thấy tệp của hồ sơ.");

/**
 * A file of the citizen's own dossier: the components and supplements they handed in, and
 * (RES-3) the electronic result once it has been returned to them. Anything else: 404.
 */
export async function readCitizenDossierFile(
  db: Db,
  citizen: CitizenProfile,
  dossierId: string,
  fileId: string,
) {
  if (!UUID.test(dossierId) || !UUID.test(fileId)) throw NOT_FOUND;
  const dossier = await db
    .selectFrom("dossier as d")
    .select(["d.state"])
    .where("d.id", "=", dossierId)
    .where(ownedBy(citizen))
    .executeTakeFirst();
  if (!dossier) throw NOT_FOUND;
  const state = stateOf(dossier);
  const purposes: ("component" | "supplement" | "result")[] = ["component", "supplement"];
  if (state.status === "returned" && state.resultDelivery === "electronic") purposes.push("result");
  const file = await db
    .selectFrom("stored_file as f")
    .innerJoin("dossier_attachment as a", "a.file_id", "f.id")
    .select(["f.id", "f.mime", "f.content", "f.file_name"])
    .where("f.id", "=", fileId)
    .where("a.dossier_id", "=", dossierId)
    .where("a.purpose", "in", purposes)
    .limit(1)
    .executeTakeFirst();
  if (!file) throw NOT_FOUND;
  return file;
}
