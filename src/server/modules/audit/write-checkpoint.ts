import type { Db } from "../../db/database.ts";
import {
  appendCheckpoint,
  type CheckpointFiles,
  loadOrCreateSigningKey,
  readCheckpoints,
  type SignedCheckpoint,
  signCheckpoint,
} from "./checkpoint-file.ts";
import { addToEventDigest, committedEventSeq, eventKeys, startEventDigest } from "./event-keys.ts";

/**
 * SEC-2: appends a signed checkpoint of the chain heads to the operator's file: the audit
 * trail's last row, and the dossier events committed so far (digest chained from the file's
 * previous checkpoint, so only the new events are read).
 */
export async function writeCheckpoint(
  db: Db,
  files: CheckpointFiles,
  now = new Date(),
): Promise<SignedCheckpoint> {
  const key = await loadOrCreateSigningKey(files.keyFile);
  const previous = (await readCheckpoints(files.file))?.findLast((line) => typeof line !== "number");
  const eventSeq = await committedEventSeq(db);
  const audit = await db
    .selectFrom("audit_log")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const digest = startEventDigest(previous?.events.digest ?? null);
  let count = previous?.events.count ?? 0;
  for await (const batch of eventKeys(db, previous?.events.seq ?? 0, eventSeq)) {
    for (const event of batch) addToEventDigest(digest, event);
    count += batch.length;
  }
  const line = signCheckpoint(
    {
      v: 1,
      at: now.toISOString(),
      audit: { seq: audit?.seq ?? 0, hash: audit?.hash.toString("hex") ?? null },
      events: { seq: eventSeq, count, digest: digest.digest("hex") },
    },
    key,
  );
  await appendCheckpoint(files.file, line);
  return line;
}
