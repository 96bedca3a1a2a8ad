import type { Db } from "../../db/database.ts";
import type { StoredFileMime } from "../../db/schema/dossiers.ts";
import { MAX_FILE_BYTES, sniffMime, storeFile } from "../dossiers/store-file.ts";
import type { TepNop } from "../national-portal/wire.ts";
import { IntakeRefusal } from "./intake-refusal.ts";

/** Who the files fetched from the portal are stored as uploaded by. */
export const PORTAL_UPLOADER = "system:national-portal";

const BY_EXTENSION: Readonly<Record<string, StoredFileMime>> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};
const DECLARED_TYPES: readonly string[] = Object.values(BY_EXTENSION);
const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

/**
 * REC-10: the files of a submission, fetched from where the portal keeps them and checked like an
 * upload (store-file.ts): at most the upload limit (announced, then counted while reading), each
 * abandoned after `timeoutMs`, and stored only when its first bytes say the type it was declared
 * as (by its media type and its name's extension). On any failure the files already stored are
 * deleted, so nothing of a refused submission is left. Returns the stored file per component
 * number (MaThanhPhanHoSo).
 */
export async function fetchSubmittedFiles(
  db: Db,
  files: readonly TepNop[],
  timeoutMs: number,
): Promise<Map<string, string>> {
  const stored = new Map<string, string>();
  try {
    for (const file of files) {
      const declared = declaredType(file);
      if (file.KichThuoc > MAX_FILE_BYTES) throw tooLarge(file);
      const content = await download(file, timeoutMs);
      if (sniffMime(content) !== declared) {
        throw new IntakeRefusal(
          "INTAKE_FILE_TYPE_MISMATCH",
          `Nội dung tệp "${file.TenTepDinhKem}" không phải ${label(declared)} như đã khai (kiểm tra theo nội dung tệp).`,
        );
      }
      const info = await storeFile(db, content, file.TenTepDinhKem, PORTAL_UPLOADER, "unlimited");
      stored.set(file.MaThanhPhanHoSo, info.id);
    }
    return stored;
  } catch (error) {
    await deleteFetchedFiles(db, [...stored.values()]);
    throw error;
  }
}

/** Deletes files fetched for a submission that did not become a dossier (never an attached one). */
export async function deleteFetchedFiles(db: Db, fileIds: readonly string[]): Promise<void> {
  if (fileIds.length === 0) return;
  await db
    .deleteFrom("stored_file")
    .where("id", "in", [...fileIds])
    .where("uploaded_by", "=", PORTAL_UPLOADER)
    .where("attached", "=", false)
    .execute();
}

/** The type the portal declares (LoaiTep), which the name's extension must not contradict. */
function declaredType(file: TepNop): StoredFileMime {
  const type = file.LoaiTep.split(";")[0]?.trim().toLowerCase() ?? "";
  const extension = /\.([a-z0-9]{1,10})$/i.exec(file.TenTepDinhKem)?.[1]?.toLowerCase();
  const byName = extension === undefined ? type : BY_EXTENSION[extension];
  if (!DECLARED_TYPES.includes(type) || byName !== type) {
    throw new IntakeRefusal(
      "INTAKE_FILE_TYPE_MISMATCH",
      `Tệp "${file.TenTepDinhKem}" khai loại "${file.LoaiTep}": chỉ nhận tệp PDF, JPEG hoặc PNG, tên tệp đúng loại đã khai.`,
    );
  }
  return type as StoredFileMime;
}

async function download(file: TepNop, timeoutMs: number): Promise<Buffer> {
  const unreachable = (why: string) =>
    new IntakeRefusal(
      "INTAKE_FILE_UNREACHABLE",
      `Không tải được tệp "${file.TenTepDinhKem}" từ Cổng DVCQG (${why}); có thể thử lại sau.`,
    );
  let response: Response;
  try {
    response = await fetch(file.DuongDanTaiTepTin, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw unreachable(causeOf(error));
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw unreachable(`HTTP ${response.status}`);
  }
  if (Number(response.headers.get("content-length") ?? 0) > MAX_FILE_BYTES) {
    await response.body.cancel();
    throw tooLarge(file);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_FILE_BYTES) {
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
  } catch (error) {
    throw unreachable(causeOf(error));
  }
  if (size > MAX_FILE_BYTES) throw tooLarge(file);
  if (size === 0) {
    throw new IntakeRefusal("INTAKE_FILE_EMPTY", `Tệp "${file.TenTepDinhKem}" tải về bị trống.`);
  }
  return Buffer.concat(chunks);
}

function tooLarge(file: TepNop): IntakeRefusal {
  return new IntakeRefusal("INTAKE_FILE_TOO_LARGE", `Tệp "${file.TenTepDinhKem}" vượt quá ${MAX_MB} MB.`);
}

function label(mime: StoredFileMime): string {
  return mime === "application/pdf" ? "PDF" : mime === "image/png" ? "PNG" : "JPEG";
}

/** Why a download failed, without the address (which may carry a token). */
function causeOf(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return "hết thời gian chờ";
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? "lỗi kết nối";
}
