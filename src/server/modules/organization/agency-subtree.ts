import type { OperandValueExpressionOrList } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";

type Roots = string | OperandValueExpressionOrList<Database, "agency", "id">;

/**
 * The ids of the given agencies and of every agency below them, as a subquery (a role held at an
 * agency covers its whole subtree). `roots` is one id, a list of ids or a subquery of ids.
 */
export function agencySubtree(db: Db, roots: Roots) {
  return db
    .withRecursive("subtree(id)", (qb) =>
      qb
        .selectFrom("agency")
        .select("id")
        .where("id", "in", typeof roots === "string" ? [roots] : roots)
        .union((q) =>
          q.selectFrom("agency as a").innerJoin("subtree", "subtree.id", "a.parent_id").select("a.id"),
        ),
    )
    .selectFrom("subtree")
    .select("subtree.id");
}
