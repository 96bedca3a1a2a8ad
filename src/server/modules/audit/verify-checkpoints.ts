import type { KeyObject } from "node:crypto";
import type { Db } from "../../db/database.ts";
import {
  type CheckpointFiles,
  loadVerifyingKey,
  readCheckpoints,
  type SignedCheckpoint,
  signatureHolds,
} from "./checkpoint-file.ts";
import { addToEventDigest, eventKeys, startEventDigest } from "./event-keys.ts";
import type { Finding } from "./finding.ts";

/**
 * SEC-2: checks the database against every signed checkpoint of the operator's file: each
 * audit head must still be there with the same hash (a cut tail or a recomputed chain is not),
 * and the dossier events up to each checkpoint must give the same count and digest.
 */
export async function verifyCheckpoints(
  db: Db,
  files: CheckpointFiles,
): Promise<{ checkpoints: number; findings: Finding[] }> {
  const lines = await readCheckpoints(files.file);
  if (lines === null) {
    return {
      checkpoints: 0,
      findings: [
        {
          code: "CHECKPOINT_FILE_MISSING",
          message: `Không có tệp điểm kiểm ${files.file}: không thể đối chiếu phần cuối nhật ký và chuỗi sự kiện (checkpoint file missing).`,
        },
      ],
    };
  }
  let key: KeyObject;
  try {
    key = await loadVerifyingKey(files.keyFile);
  } catch (error) {
    return {
      checkpoints: 0,
      findings: [
        {
          code: "CHECKPOINT_KEY_UNREADABLE",
          message: `Không đọc được khóa điểm kiểm ${files.keyFile} (${(error as Error).message}): không thể kiểm chữ ký (checkpoint key unreadable).`,
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const signed: SignedCheckpoint[] = [];
  for (const [index, line] of lines.entries()) {
    const name = `Điểm kiểm dòng ${index + 1}`;
    if (typeof line === "number") {
      findings.push({ code: "CHECKPOINT_MALFORMED", message: `${name}: không đọc được (malformed line).` });
    } else if (!signatureHolds(line, key)) {
      findings.push({
        code: "CHECKPOINT_SIGNATURE_INVALID",
        message: `${name} (${line.at}): chữ ký không hợp lệ, dòng đã bị sửa hoặc ký bằng khóa khác (bad signature).`,
      });
    } else {
      signed.push(line);
    }
  }
  findings.push(...(await checkAuditHeads(db, signed)), ...(await checkEvents(db, signed)));
  return { checkpoints: signed.length, findings };
}

async function checkAuditHeads(db: Db, checkpoints: readonly SignedCheckpoint[]): Promise<Finding[]> {
  const pinned = checkpoints.filter((c) => c.audit.seq > 0);
  const findings: Finding[] = [];
  for (let i = 0; i < pinned.length; i += 1000) {
    const slice = pinned.slice(i, i + 1000);
    const rows = await db
      .selectFrom("audit_log")
      .select(["seq", "hash"])
      .where(
        "seq",
        "in",
        slice.map((c) => c.audit.seq),
      )
      .execute();
    const hashes = new Map(rows.map((row) => [row.seq, row.hash.toString("hex")]));
    for (const checkpoint of slice) {
      const found = hashes.get(checkpoint.audit.seq);
      if (found === undefined) {
        findings.push({
          code: "AUDIT_TAIL_MISSING",
          message: `Nhật ký kiểm tra thiếu bản ghi #${checkpoint.audit.seq} đã được điểm kiểm ${checkpoint.at} xác nhận: các bản ghi cuối đã bị xóa (audit rows deleted after a checkpoint).`,
        });
      } else if (found !== checkpoint.audit.hash) {
        findings.push({
          code: "AUDIT_CHAIN_REWRITTEN",
          message: `Nhật ký kiểm tra: mã băm của bản ghi #${checkpoint.audit.seq} khác với điểm kiểm ${checkpoint.at}: lịch sử trước đó đã bị viết lại và băm lại (audit chain recomputed).`,
        });
      }
    }
  }
  return findings;
}

/** One pass over the events in `seq` order, folding each checkpoint's digest at its boundary. */
async function checkEvents(db: Db, checkpoints: readonly SignedCheckpoint[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  let previous: SignedCheckpoint | null = null;
  for (const checkpoint of checkpoints) {
    const from = previous?.events.seq ?? 0;
    const digest = startEventDigest(previous?.events.digest ?? null);
    let count = previous?.events.count ?? 0;
    for await (const batch of eventKeys(db, from, checkpoint.events.seq)) {
      for (const event of batch) addToEventDigest(digest, event);
      count += batch.length;
    }
    if (count !== checkpoint.events.count || digest.digest("hex") !== checkpoint.events.digest) {
      findings.push({
        code: "DOSSIER_EVENTS_CHANGED",
        message: `Sự kiện hồ sơ đến số #${checkpoint.events.seq} không còn như điểm kiểm ${checkpoint.at} (${count} so với ${checkpoint.events.count} sự kiện): đã bị sửa, xóa hoặc băm lại (dossier events changed after a checkpoint).`,
      });
    }
    previous = checkpoint;
  }
  return findings;
}
