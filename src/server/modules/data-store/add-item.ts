import type { AddDataStoreItemRequest, DataStoreItem } from "../../../contracts/data-store.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { inTransaction } from "../dossiers/dossier-store.ts";
import { requireOwnItem } from "./items.ts";

/**
 * DIG-1: the citizen keeps a file they uploaded (POST /api/citizen/files) in their store. Only
 * their own uploads (422 FILE_NOT_FOUND otherwise, as when attaching); a file already kept is
 * refused (409 DATA_STORE_ITEM_EXISTS). The file row is share-locked so that the upkeep cannot
 * delete it as an orphan in between.
 */
export async function addItem(
  db: Db,
  citizenId: string,
  request: AddDataStoreItemRequest,
): Promise<DataStoreItem> {
  const id = await inTransaction(db, async (trx) => {
    const file = await trx
      .selectFrom("stored_file")
      .select("id")
      .where("id", "=", request.fileId)
      .where("uploaded_by", "=", `citizen:${citizenId}`)
      .forKeyShare()
      .executeTakeFirst();
    if (!file) {
      throw new AppError(422, "FILE_NOT_FOUND", "Không tìm thấy tệp đã tải lên; hãy tải tệp lên trước.");
    }
    const row = await trx
      .insertInto("data_store_item")
      .values({ citizen_id: citizenId, file_id: file.id, title: request.title, kind: "uploaded" })
      .onConflict((oc) => oc.columns(["citizen_id", "file_id"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!row) {
      throw new AppError(409, "DATA_STORE_ITEM_EXISTS", "Tệp này đã có trong kho dữ liệu của bạn.");
    }
    return row.id;
  });
  return requireOwnItem(db, citizenId, id);
}
