import type { DataStoreItem } from "../../../contracts/data-store.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { UUID } from "../dossiers/dossier-store.ts";

/**
 * The reads every data-store use case shares: a citizen's items with their file's facts, and the
 * one 404 for an item that is not the citizen's (another citizen's item is not told apart from none).
 */
export function itemNotFound(): AppError {
  return new AppError(404, "DATA_STORE_ITEM_NOT_FOUND", "Không tìm thấy tài liệu trong kho dữ liệu của bạn.");
}

export function itemsOf(db: Db, citizenId: string) {
  return db
    .selectFrom("data_store_item as i")
    .innerJoin("stored_file as f", "f.id", "i.file_id")
    .select([
      "i.id",
      "i.file_id",
      "i.title",
      "i.kind",
      "i.source_dossier_id",
      "i.source_dossier_code",
      "i.document_number",
      "i.created_at",
      "f.file_name",
      "f.mime",
      "f.size",
      "f.sha256",
      "f.signature",
    ])
    .where("i.citizen_id", "=", citizenId);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemsOf>["executeTakeFirstOrThrow"]>>;

export function itemView(row: ItemRow): DataStoreItem {
  return {
    id: row.id,
    fileId: row.file_id,
    title: row.title,
    kind: row.kind,
    sourceDossier:
      row.source_dossier_id && row.source_dossier_code
        ? { id: row.source_dossier_id, code: row.source_dossier_code }
        : null,
    documentNumber: row.document_number,
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256.toString("hex"),
    signature: row.signature ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The citizen's item (404 for anyone else's, or none). */
export async function requireOwnItem(db: Db, citizenId: string, itemId: string): Promise<DataStoreItem> {
  if (!UUID.test(itemId)) throw itemNotFound();
  const row = await itemsOf(db, citizenId).where("i.id", "=", itemId).executeTakeFirst();
  if (!row) throw itemNotFound();
  return itemView(row);
}
