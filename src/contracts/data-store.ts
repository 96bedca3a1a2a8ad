import { z } from "zod";
import { FileId } from "./dossiers.ts";
import { PdfSignature } from "./signatures.ts";

/**
 * RES-3, DIG-1 (issue #14): the citizen's personal data store ("Kho quản lý dữ liệu điện tử"):
 * documents they uploaded to keep, and the electronic results of their dossiers, put there by
 * themselves when a dossier is returned. An item can be picked as a component of a later online
 * submission (its `fileId`). Every route serves the session's citizen; another's item is a 404.
 */

const Title = z
  .string()
  .trim()
  .normalize("NFC")
  .min(1, "cần nhập tên tài liệu")
  .max(200, "tên tài liệu tối đa 200 ký tự")
  .refine((value) => !value.includes("\u0000"), "có ký tự không hợp lệ");

export const DataStoreItemKind = z.enum(["uploaded", "result"]);
export type DataStoreItemKind = z.infer<typeof DataStoreItemKind>;

export const DataStoreItem = z.object({
  id: z.string(),
  fileId: z.string(),
  title: z.string(),
  kind: DataStoreItemKind,
  /** For a result: the dossier it came with. */
  sourceDossier: z.object({ id: z.string(), code: z.string() }).nullable(),
  documentNumber: z.string().nullable(),
  fileName: z.string().nullable(),
  mime: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  size: z.number().int(),
  sha256: z.string(),
  /** REC-4: the PDF's digital signature as checked at upload; null when it has none. */
  signature: PdfSignature.nullable(),
  createdAt: z.string(),
});
export type DataStoreItem = z.infer<typeof DataStoreItem>;

export const DataStoreList = z.object({ items: z.array(DataStoreItem) });
export type DataStoreList = z.infer<typeof DataStoreList>;

/** `POST /api/citizen/data-store`: keep a file the citizen uploaded (POST /api/citizen/files). */
export const AddDataStoreItemRequest = z.strictObject({ fileId: FileId, title: Title });
export type AddDataStoreItemRequest = z.infer<typeof AddDataStoreItemRequest>;

/** `PATCH /api/citizen/data-store/:itemId`: rename. */
export const RenameDataStoreItemRequest = z.strictObject({ title: Title });
export type RenameDataStoreItemRequest = z.infer<typeof RenameDataStoreItemRequest>;

export const DataStoreItemParams = z.object({ itemId: z.string() });
