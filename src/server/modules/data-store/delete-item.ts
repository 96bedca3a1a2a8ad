import type { Db } from "../../db/database.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import { itemNotFound } from "./items.ts";

/**
 * The citizen removes one of their items (404 for anyone else's). The file itself stays while a
 * dossier holds it (a result, a component); one the citizen only uploaded is then an ordinary
 * unattached upload, which the upkeep deletes after its window.
 */
export async function deleteItem(db: Db, citizenId: string, itemId: string): Promise<void> {
  if (!UUID.test(itemId)) throw itemNotFound();
  const deleted = await db
    .deleteFrom("data_store_item")
    .where("id", "=", itemId)
    .where("citizen_id", "=", citizenId)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw itemNotFound();
}
