import type { Db } from "../../db/database.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import { itemNotFound } from "./items.ts";

/** The content of one of the citizen's items, to download (404 for anyone else's). */
export async function readItemFile(db: Db, citizenId: string, itemId: string) {
  if (!UUID.test(itemId)) throw itemNotFound();
  const row = await db
    .selectFrom("data_store_item as i")
    .innerJoin("stored_file as f", "f.id", "i.file_id")
    .select(["f.id", "f.mime", "f.content", "f.file_name", "i.title"])
    .where("i.id", "=", itemId)
    .where("i.citizen_id", "=", citizenId)
    .executeTakeFirst();
  if (!row) throw itemNotFound();
  return row;
}
