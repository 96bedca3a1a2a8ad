import type { FastifyRequest } from "fastify";
import type { RoleGrant } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import type { AgencyOf } from "../../http/access.ts";
import { AppError } from "../../http/problem.ts";
import { officerHoldsRoleOver } from "../identity/scope.ts";

export const NOT_FOUND = new AppError(404, "OFFICER_NOT_FOUND", "Không tìm thấy tài khoản cán bộ.");

/** Access scope of `/officers/:id` routes: the agency the account belongs to. */
export const agencyOfOfficerParam: AgencyOf = async (request: FastifyRequest, db: Db) => {
  const id = (request.params as { id?: string }).id ?? "";
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw NOT_FOUND;
  const row = await db.selectFrom("officer").select("agency_id").where("id", "=", id).executeTakeFirst();
  if (!row) throw NOT_FOUND;
  return row.agency_id;
};

/** An administrator may only grant roles over agencies inside their own scope. */
export async function assertGrantsWithinScope(
  db: Db,
  adminId: string,
  agencyId: string,
  grants: RoleGrant[],
): Promise<void> {
  const agencies = [agencyId, ...grants.map((g) => g.scopeAgencyId)];
  const known = await db.selectFrom("agency").select("id").where("id", "in", agencies).execute();
  if (new Set(known.map((a) => a.id)).size !== new Set(agencies).size) {
    throw new AppError(404, "AGENCY_NOT_FOUND", "Không tìm thấy cơ quan đã chọn.");
  }
  for (const target of new Set(agencies)) {
    if (!(await officerHoldsRoleOver(db, adminId, ["system_admin"], target))) {
      throw new AppError(
        403,
        "FORBIDDEN",
        "Bạn chỉ được cấp tài khoản và vai trò trong phạm vi cơ quan mình quản lý.",
      );
    }
  }
}

export async function replaceRoles(db: Db, officerId: string, grants: RoleGrant[]): Promise<void> {
  await db.deleteFrom("officer_role").where("officer_id", "=", officerId).execute();
  const unique = new Map(grants.map((g) => [`${g.role}|${g.scopeAgencyId}`, g]));
  await db
    .insertInto("officer_role")
    .values(
      [...unique.values()].map((g) => ({
        officer_id: officerId,
        role: g.role,
        scope_agency_id: g.scopeAgencyId,
      })),
    )
    .execute();
}
