import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Role } from "../../db/schema.ts";

/**
 * Whether the officer holds one of `roles` over `agencyId`: a role's scope covers its agency and
 * every agency below it (PRC-9). `null` means province-wide data, covered only by a role scoped
 * to a root agency; `undefined` means "over any agency".
 */
export async function officerHoldsRoleOver(
  db: Db,
  officerId: string,
  roles: readonly Role[],
  agencyId: string | null | undefined,
): Promise<boolean> {
  if (roles.length === 0) return false;
  let query = db
    .selectFrom("officer_role")
    .select("role")
    .where("officer_id", "=", officerId)
    .where("role", "in", roles);
  if (agencyId === null) query = query.where("scope_agency_id", "in", rootAgencies(db));
  else if (agencyId !== undefined)
    query = query.where("scope_agency_id", "in", ancestorsOrSelf(db, agencyId));
  return Boolean(await query.executeTakeFirst());
}

function rootAgencies(db: Db) {
  return db.selectFrom("agency").select("id").where("parent_id", "is", null);
}

/** The agency and all its ancestors (an unknown or malformed id gives none). */
export function ancestorsOrSelf(db: Db, agencyId: string) {
  const validId = /^[0-9a-f-]{36}$/i.test(agencyId) ? agencyId : "00000000-0000-0000-0000-000000000000";
  return db
    .withRecursive("up(id, parent_id)", (qb) =>
      qb
        .selectFrom("agency")
        .select(["id", "parent_id"])
        .where("id", "=", validId)
        .unionAll((q) =>
          q.selectFrom("agency as a").innerJoin("up", "up.parent_id", "a.id").select(["a.id", "a.parent_id"]),
        ),
    )
    .selectFrom("up")
    .select(sql<string>`up.id`.as("id"));
}
