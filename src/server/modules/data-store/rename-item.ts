import type { DataStoreItem, RenameDataStoreItemRequest } from "../../../contracts/data-store.ts";
import type { Db } from "../../db/database.ts";
import { UUID } from "../dossiers/dossier-store.ts";
import { itemNotFound, requireOwnItem } from "./items.ts";

/** The citizen renames one of their items (404 for anyone else's). */
export async function renameItem(
  db: Db,
  citizenId: string,
  itemId: string,
  request: RenameDataStoreItemRequest,
): Promise<DataStoreItem> {
  if (!UUID.test(itemId)) throw itemNotFound();
  const updated = await db
    .updateTable("data_store_item")
    .set({ title: request.title })
    .where("id", "=", itemId)
    .where("citizen_id", "=", citizenId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw itemNotFound();
  return requireOwnItem(db, citizenId, itemId);
}
