import { sql } from "kysely";
import type { OfficerSummary } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import type { OfficerStatus } from "../../db/schema.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";

interface OfficerFilter {
  /** Only accounts of agencies below any of these (the administrator's scopes). */
  withinScopesOf: string;
  agencyId?: string | undefined;
  q?: string | undefined;
  status?: OfficerStatus | undefined;
  page: number;
  pageSize: number;
}

/** Accounts the administrator may see: those of agencies inside their role scopes. */
export async function listOfficers(
  db: Db,
  filter: OfficerFilter,
): Promise<{ officers: OfficerSummary[]; total: number }> {
  const scopes = db
    .selectFrom("officer_role")
    .select("scope_agency_id")
    .where("officer_id", "=", filter.withinScopesOf)
    .where("role", "in", ["system_admin", "operator"]);
  let query = db.selectFrom("officer").where("officer.agency_id", "in", agencySubtree(db, scopes));
  if (filter.agencyId) query = query.where("officer.agency_id", "=", filter.agencyId);
  if (filter.status) query = query.where("officer.status", "=", filter.status);
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb("officer.username", "ilike", like),
        eb(sql`unaccent(officer.full_name)`, "ilike", sql`unaccent(${like})`),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const ids = await query
    .select("officer.id")
    .orderBy("officer.username")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return {
    officers: await loadOfficerSummaries(
      db,
      ids.map((r) => r.id),
    ),
    total: total.n,
  };
}

export async function loadOfficerSummaries(db: Db, ids: string[]): Promise<OfficerSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("officer")
    .innerJoin("agency", "agency.id", "officer.agency_id")
    .select([
      "officer.id",
      "officer.username",
      "officer.full_name",
      "officer.agency_id",
      "agency.name as agency_name",
      "officer.status",
      "officer.status_reason",
      "officer.must_change_password",
      "officer.failed_logins",
      sql<Date | null>`CASE WHEN officer.locked_until > now() THEN officer.locked_until END`.as(
        "locked_until",
      ),
    ])
    .where("officer.id", "in", ids)
    .orderBy("officer.username")
    .execute();
  const roles = await db
    .selectFrom("officer_role")
    .innerJoin("agency", "agency.id", "officer_role.scope_agency_id")
    .select(["officer_role.officer_id", "officer_role.role", "officer_role.scope_agency_id", "agency.name"])
    .where("officer_role.officer_id", "in", ids)
    .orderBy("officer_role.role")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    status: r.status,
    statusReason: r.status_reason,
    mustChangePassword: r.must_change_password,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until?.toISOString() ?? null,
    roles: roles
      .filter((g) => g.officer_id === r.id)
      .map((g) => ({ role: g.role, scopeAgencyId: g.scope_agency_id, scopeAgencyName: g.name })),
  }));
}
