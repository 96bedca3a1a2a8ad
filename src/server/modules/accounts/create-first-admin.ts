import { randomBytes } from "node:crypto";
import { CreateOfficer, type OfficerSummary } from "../../../contracts/accounts.ts";
import { CreateAgency } from "../../../contracts/agencies.ts";
import { isStrongPassword } from "../../../domain/accounts/password-policy.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit, systemAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import { saveAgency } from "../organization/save-agency.ts";
import { insertOfficer } from "./create-officer.ts";

interface FirstAdmin {
  username: string;
  fullName: string;
  /** The agency's code; none: the root agency. */
  agencyCode?: string | undefined;
  /** With `agencyCode`, creates the root agency of an empty tree under this name. */
  newRootAgencyName?: string | undefined;
  /** Who ran the command (the operating-system account), for the audit trail. */
  operator: string;
}

interface CreatedAdmin {
  officer: OfficerSummary;
  /** Shown once; the administrator must change it at first sign-in (ACC-1). */
  temporaryPassword: string;
}

/**
 * A system administrator over an agency (the root one by default) for a deployment without one
 * (ACC-1): no administrator's scope to check, a generated temporary password, audited as the
 * system in the same transaction (SEC-2).
 */
export async function createFirstAdmin(db: Db, input: FirstAdmin): Promise<CreatedAdmin> {
  return withAuditScope(
    systemAuditScope(`admin:create (${input.operator})`, "CLI admin:create"),
    async () => {
      const { username, fullName } = CreateOfficer.pick({ username: true, fullName: true }).parse({
        username: input.username,
        fullName: input.fullName,
      });
      const agencyId = await agencyOf(db, input);
      const temporaryPassword = generatePassword(username);
      const account = CreateOfficer.parse({
        username,
        fullName,
        agencyId,
        roles: [{ role: "system_admin", scopeAgencyId: agencyId }],
        temporaryPassword,
      });
      noteAudit({
        objectType: "officers",
        objectId: account.username,
        detail: { username: account.username, roles: account.roles },
      });
      return { officer: await insertOfficer(db, account), temporaryPassword };
    },
  );
}

async function agencyOf(db: Db, input: FirstAdmin): Promise<string> {
  const code = input.agencyCode?.trim().toUpperCase();
  if (input.newRootAgencyName !== undefined) return createRootAgency(db, code ?? "", input.newRootAgencyName);
  return code ? agencyByCode(db, code) : rootAgency(db);
}

async function agencyByCode(db: Db, code: string): Promise<string> {
  const agency = await db.selectFrom("agency").select("id").where("code", "=", code).executeTakeFirst();
  if (!agency) throw new AppError(404, "AGENCY_NOT_FOUND", `Không tìm thấy cơ quan có mã "${code}".`);
  return agency.id;
}

async function rootAgency(db: Db): Promise<string> {
  const roots = await db.selectFrom("agency").select("id").where("parent_id", "is", null).limit(2).execute();
  if (roots.length === 1 && roots[0]) return roots[0].id;
  throw roots.length
    ? new AppError(422, "AGENCY_REQUIRED", "Có nhiều cơ quan gốc: hãy chọn cơ quan bằng mã (--agency <mã>).")
    : new AppError(
        422,
        "AGENCY_TREE_EMPTY",
        "Chưa có cơ quan nào: hãy tạo cơ quan gốc bằng --agency <mã> --new-root-agency <tên>.",
      );
}

async function createRootAgency(db: Db, code: string, name: string): Promise<string> {
  const existing = await db.selectFrom("agency").select("id").limit(1).executeTakeFirst();
  if (existing)
    throw new AppError(
      409,
      "AGENCY_TREE_EXISTS",
      "Đã có cây cơ quan: hãy chọn một cơ quan có sẵn bằng --agency.",
    );
  const root = CreateAgency.parse({ parentId: null, code, name, level: "province" });
  noteAudit({ objectType: "agencies", objectId: root.code, detail: { rootAgency: root.name } });
  const agency = await saveAgency(db, root);
  return agency.id;
}

/** 16 random characters meeting the password policy (ACC-1). */
function generatePassword(username: string): string {
  for (;;) {
    const password = randomBytes(12).toString("base64url");
    if (isStrongPassword(password, username)) return password;
  }
}
