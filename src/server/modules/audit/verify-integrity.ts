import type { Db } from "../../db/database.ts";
import { verifyDossiers } from "../dossiers/verify-dossiers.ts";
import type { CheckpointFiles } from "./checkpoint-file.ts";
import type { Finding } from "./finding.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";
import { verifyCheckpoints } from "./verify-checkpoints.ts";

interface IntegrityReport {
  auditRows: number;
  dossiers: number;
  events: number;
  checkpoints: number;
  findings: Finding[];
}

/**
 * SEC-2, house rule 3: everything `npm run audit:verify` checks. The audit trail's hash chain;
 * every dossier's event chain and its row against the replay of its events; and both chains
 * against the operator's signed checkpoints (cut tails and recomputed chains).
 */
export async function verifyIntegrity(db: Db, files: CheckpointFiles): Promise<IntegrityReport> {
  const audit = await verifyAuditChain(db);
  const dossiers = await verifyDossiers(db);
  const checkpoints = await verifyCheckpoints(db, files);
  const auditFindings: Finding[] = audit.intact
    ? []
    : [
        {
          code: "AUDIT_CHAIN_BROKEN",
          message: `Nhật ký kiểm tra BỊ HỎNG tại bản ghi #${audit.brokenAt}: ${
            audit.reason === "hash_mismatch"
              ? "nội dung đã bị sửa (hash mismatch)"
              : "mắt xích bị đứt, bản ghi trước đó đã bị xóa hoặc chèn (link mismatch)"
          }.`,
        },
      ];
  return {
    auditRows: audit.rows,
    dossiers: dossiers.dossiers,
    events: dossiers.events,
    checkpoints: checkpoints.checkpoints,
    findings: [...auditFindings, ...dossiers.findings, ...checkpoints.findings],
  };
}
