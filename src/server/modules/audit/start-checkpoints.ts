import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import { type CheckpointFiles, loadOrCreateSigningKey } from "./checkpoint-file.ts";
import { writeCheckpoint } from "./write-checkpoint.ts";

/**
 * SEC-2: creates the checkpoint key on first start when missing, writes a checkpoint now and
 * then every `minutes` (none on a timer when 0). Several instances: give each its own file.
 */
export async function startCheckpoints(
  db: Db,
  files: CheckpointFiles,
  minutes: number,
  log: FastifyBaseLogger,
): Promise<{ stop(): Promise<void> }> {
  await loadOrCreateSigningKey(files.keyFile);
  let running: Promise<unknown> = Promise.resolve();
  const write = () => {
    running = writeCheckpoint(db, files).then(
      (line) => log.info({ audit: line.audit.seq, events: line.events.count }, "audit checkpoint written"),
      (error) => log.error({ err: error }, "audit checkpoint could not be written"),
    );
  };
  write();
  const timer = minutes > 0 ? setInterval(write, minutes * 60_000) : null;
  timer?.unref();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
