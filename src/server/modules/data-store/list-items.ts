import type { DataStoreList } from "../../../contracts/data-store.ts";
import type { Db } from "../../db/database.ts";
import { itemsOf, itemView } from "./items.ts";

/** The most items one list shows; a store this full is far beyond a person's papers. */
const MAX_ITEMS = 500;

/** "Kho dữ liệu điện tử": the citizen's own items, newest first. */
export async function listItems(db: Db, citizenId: string): Promise<DataStoreList> {
  const rows = await itemsOf(db, citizenId)
    .orderBy("i.created_at", "desc")
    .orderBy("i.id")
    .limit(MAX_ITEMS)
    .execute();
  return { items: rows.map(itemView) };
}
