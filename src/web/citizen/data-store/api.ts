import { DataStoreItem, DataStoreList } from "../../../contracts/data-store.ts";
import { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { apiJson, apiVoid } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const item = (itemId: string) => `/api/citizen/data-store/${encodeURIComponent(itemId)}`;

/** RES-3, DIG-1: the signed-in citizen's data store ("Kho dữ liệu điện tử"). */
export const dataStoreApi = {
  list: (signal?: AbortSignal) => apiJson("/api/citizen/data-store", DataStoreList, opts(signal)),
  /** Uploads the file (checked by the server by content), then keeps it with its title. */
  add: async (file: File, title: string) => {
    const stored = await apiJson(withQuery("/api/citizen/files", { name: file.name }), StoredFileInfo, {
      method: "POST",
      body: new Blob([file], { type: "application/octet-stream" }),
    });
    return apiJson("/api/citizen/data-store", DataStoreItem, {
      method: "POST",
      body: { fileId: stored.id, title },
    });
  },
  rename: (itemId: string, title: string) =>
    apiJson(item(itemId), DataStoreItem, { method: "PATCH", body: { title } }),
  remove: (itemId: string) => apiVoid(item(itemId), { method: "DELETE" }),
  fileUrl: (itemId: string) => `${item(itemId)}/file`,
};

/** A store item as a component's file of an online submission (DIG-1: reused, not uploaded again). */
export function asComponentFile(picked: DataStoreItem): StoredFileInfo {
  return {
    id: picked.fileId,
    mime: picked.mime,
    size: picked.size,
    sha256: picked.sha256,
    name: picked.fileName ?? picked.title,
    signature: picked.signature,
  };
}

/** A file's size for people: KB, or MB past one. */
export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
