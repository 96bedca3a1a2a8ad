import { createHash } from "node:crypto";
import { type ExpressionBuilder, sql } from "kysely";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { StoredFileMime } from "../../db/schema/dossiers.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";
import { isUnsigned, verifyPdfSignature } from "../signatures/verify-pdf-signature.ts";
import { inTransaction, UUID } from "./dossier-store.ts";

/**
 * Uploads are checked by content and size: a file is stored only if its first bytes say PDF,
 * JPEG or PNG and it is at most MAX_FILE_BYTES. An upload whose declared type (Content-Type other
 * than application/octet-stream, or the extension of its name) says another type than its content
 * is refused (415 FILE_CONTENT_MISMATCH), and so is a PDF without the end of a PDF structure (422
 * FILE_PDF_MALFORMED). A PDF's digital signature is checked here too (REC-4, `signature`). Only the
 * uploader may attach it to a dossier. An account may have only so many uploads waiting to be
 * attached (`UploadQuota`); those never attached are deleted by the upkeep after the same window.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const UPLOAD_CONTENT_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "application/octet-stream",
];

/** The type a file's first bytes say it is (PDF, JPEG or PNG), or null for any other content. */
export function sniffMime(content: Buffer): StoredFileMime | null {
  if (content.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return "image/jpeg";
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (content.length >= 8 && content.subarray(0, 8).equals(png)) return "image/png";
  return null;
}

const EXTENSION_TYPES: Record<string, StoredFileMime> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};
const TYPE_LABELS: Record<StoredFileMime, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "ảnh JPEG",
  "image/png": "ảnh PNG",
};

/**
 * 415 FILE_CONTENT_MISMATCH when the request's Content-Type (unless application/octet-stream) or
 * the name's extension (.pdf, .jpg, .jpeg, .png; others are not judged) says another type than the
 * content's first bytes.
 */
export function requireDeclaredTypeMatches(
  mime: StoredFileMime,
  contentType: string | undefined,
  name: string | undefined,
): void {
  const header = contentType?.split(";")[0]?.trim().toLowerCase();
  const byHeader = header && header !== "application/octet-stream" ? header : undefined;
  const extension = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byName = extension ? EXTENSION_TYPES[extension] : undefined;
  for (const declared of [byHeader, byName]) {
    if (declared && declared !== mime) {
      const said = declared in TYPE_LABELS ? TYPE_LABELS[declared as StoredFileMime] : declared;
      throw new AppError(
        415,
        "FILE_CONTENT_MISMATCH",
        `Tệp được khai là ${said} nhưng nội dung là ${TYPE_LABELS[mime]}. Hãy chọn đúng tệp hoặc đổi tên tệp cho đúng loại.`,
      );
    }
  }
}

/**
 * Whether a PDF ends like one: `%%EOF` at the end (only whitespace after it) with the
 * cross-reference's `startxref` (or a classic `trailer`) shortly before. A truncated or cut file
 * fails; the objects themselves are not parsed.
 */
export function hasPdfStructure(content: Buffer): boolean {
  let end = content.length;
  while (end > 0 && [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(content[end - 1] as number)) end--;
  const tail = content.subarray(Math.max(0, end - 1024), end).toString("latin1");
  if (!tail.endsWith("%%EOF")) return false;
  const before = content.subarray(Math.max(0, end - 8192), end).toString("latin1");
  return before.includes("startxref") || before.includes("trailer");
}

export function fileTooLargeError(): AppError {
  return new AppError(413, "FILE_TOO_LARGE", `Tệp vượt quá ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
}

/** Uploads not yet attached to a dossier that one account may have (UPLOAD_PENDING_*). */
export interface UploadQuota {
  readonly maxFiles: number;
  readonly maxBytes: number;
  /** Only uploads of this many last hours count; older ones are the upkeep's to delete. */
  readonly windowHours: number;
}

export function uploadQuotaOf(
  config: Pick<Config, "UPLOAD_PENDING_MAX_FILES" | "UPLOAD_PENDING_MAX_MB" | "UPLOAD_ORPHAN_HOURS">,
): UploadQuota {
  return {
    maxFiles: config.UPLOAD_PENDING_MAX_FILES,
    maxBytes: config.UPLOAD_PENDING_MAX_MB * 1024 * 1024,
    windowHours: config.UPLOAD_ORPHAN_HOURS,
  };
}

export async function storeFile(
  db: Db,
  content: unknown,
  name: string | undefined,
  uploadedBy: string,
  /** "unlimited" only for the demo data, which uploads on behalf of its accounts. */
  quota: UploadQuota | "unlimited",
  /** An HTTP upload: its Content-Type header, checked against the content with the name. */
  declared?: { contentType: string | undefined },
): Promise<StoredFileInfo> {
  if (!Buffer.isBuffer(content) || content.length === 0) {
    throw new AppError(400, "FILE_EMPTY", "Tệp gửi lên bị trống.");
  }
  if (content.length > MAX_FILE_BYTES) throw fileTooLargeError();
  const mime = sniffMime(content);
  if (!mime) {
    throw new AppError(
      415,
      "FILE_TYPE_NOT_ALLOWED",
      "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).",
    );
  }
  if (declared) requireDeclaredTypeMatches(mime, declared.contentType, name);
  if (mime === "application/pdf" && !hasPdfStructure(content)) {
    throw new AppError(
      422,
      "FILE_PDF_MALFORMED",
      "Tệp PDF bị hỏng hoặc không đầy đủ (thiếu phần kết thúc của tệp PDF). Hãy xuất lại hoặc tải lên tệp khác.",
    );
  }
  const checked = mime === "application/pdf" ? verifyPdfSignature(content) : null;
  const signature = checked && !isUnsigned(checked) ? checked : null;
  const sha256 = createHash("sha256").update(content).digest();
  const row = await inTransaction(db, async (trx) => {
    if (quota !== "unlimited") await requireUploadRoom(trx, uploadedBy, content.length, quota);
    return trx
      .insertInto("stored_file")
      .values({
        sha256,
        mime,
        size: content.length,
        file_name: name ?? null,
        content,
        uploaded_by: uploadedBy,
        signature: signature ? JSON.stringify(signature) : null,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
  });
  return {
    id: row.id,
    mime,
    size: content.length,
    sha256: sha256.toString("hex"),
    name: name ?? null,
    signature,
  };
}

/**
 * 429 when one more file of `size` bytes would take `uploadedBy` over the quota. Uploads of one
 * account wait for each other here (a lock held until the caller's transaction ends), so parallel
 * requests cannot all pass the check; other accounts are not held up.
 */
async function requireUploadRoom(trx: Db, uploadedBy: string, size: number, quota: UploadQuota) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stored_file:${uploadedBy}`}, 0))`.execute(trx);
  const pending = await trx
    .selectFrom("stored_file")
    .select((eb) => [
      eb.fn.countAll<number>().as("files"),
      eb.fn.coalesce(eb.fn.sum<number>("size"), sql<number>`0`).as("bytes"),
    ])
    .where("uploaded_by", "=", uploadedBy)
    .where("attached", "=", false)
    .where("created_at", ">", sql<Date>`now() - make_interval(hours => ${quota.windowHours})`)
    .executeTakeFirstOrThrow();
  if (pending.files + 1 > quota.maxFiles || pending.bytes + size > quota.maxBytes) {
    throw new AppError(
      429,
      "UPLOAD_QUOTA_EXCEEDED",
      `Bạn đã tải lên quá nhiều tệp chưa đính kèm vào hồ sơ (tối đa ${quota.maxFiles} tệp và ` +
        `${Math.floor(quota.maxBytes / 1024 / 1024)} MB trong ${quota.windowHours} giờ). Hãy gửi hồ sơ ` +
        "với các tệp đã tải lên, hoặc thử lại sau.",
    );
  }
}

/**
 * 422 unless every file exists and was uploaded by `caller`, or (DIG-1, reuse) is in the data store
 * of the citizen `caller` (`citizen:<id>`), such as a result an officer uploaded. Inside a
 * transaction the files are share-locked until it ends, so the upkeep cannot delete one as an
 * orphan before it is attached.
 */
export async function requireOwnFiles(db: Db, fileIds: readonly string[], caller: string): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return;
  const found = ids.every((id) => UUID.test(id))
    ? await db
        .selectFrom("stored_file")
        .select("id")
        .where("id", "in", ids)
        .where((eb) => eb.or([eb("uploaded_by", "=", caller), inDataStoreOf(eb, caller)]))
        .forKeyShare()
        .execute()
    : [];
  if (found.length !== ids.length) {
    throw new AppError(
      422,
      "FILE_NOT_FOUND",
      "Không tìm thấy tệp đã tải lên; hãy tải tệp lên trước khi đính kèm.",
    );
  }
}

/** DIG-1: the file is in the data store of the citizen `caller` (never for an officer). */
function inDataStoreOf(eb: ExpressionBuilder<Database, "stored_file">, caller: string) {
  const citizenId = caller.startsWith("citizen:") ? caller.slice("citizen:".length) : null;
  if (!citizenId || !UUID.test(citizenId)) return eb.val(false);
  return eb.exists(
    eb
      .selectFrom("data_store_item as i")
      .select("i.id")
      .whereRef("i.file_id", "=", "stored_file.id")
      .where("i.citizen_id", "=", citizenId),
  );
}

/** A file attached to a dossier (404 otherwise), with its content. */
export async function readDossierFile(db: Db, dossierId: string, fileId: string) {
  const row = await db
    .selectFrom("stored_file as f")
    .select(["f.id", "f.mime", "f.size", "f.file_name", "f.content", "f.sha256"])
    .where("f.id", "=", fileId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("dossier_attachment as a")
          .select("a.id")
          .whereRef("a.file_id", "=", "f.id")
          .where("a.dossier_id", "=", dossierId),
      ),
    )
    .executeTakeFirst();
  if (!row) throw new AppError(404, "FILE_NOT_FOUND", "Không tìm thấy tệp của hồ sơ.");
  return row;
}
