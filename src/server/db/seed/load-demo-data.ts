import { hashPassword } from "../../modules/identity/passwords.ts";
import type { Db } from "../database.ts";
import { loadDemoDossiers } from "./demo-dossiers.ts";
import { loadDemoFormsAndWorkflows } from "./demo-forms-workflows.ts";
import { DEMO_AGENCIES, DEMO_OFFICERS, DEMO_PASSWORD } from "./demo-organization.ts";
import { loadDemoProcedures } from "./demo-procedures.ts";

/**
 * Loads the Vietnamese demo data. Idempotent: what exists (by agency code, username) is left as
 * it is, so a restart or a second run changes nothing.
 */
export async function loadDemoData(db: Db): Promise<{ agencies: number; officers: number }> {
  return db.transaction().execute(async (trx) => {
    const agencies = await insertAgencies(trx);
    const officers = await insertOfficers(trx);
    await loadDemoProcedures(trx);
    await loadDemoFormsAndWorkflows(trx);
    await loadDemoDossiers(trx);
    return { agencies, officers };
  });
}

async function insertAgencies(db: Db): Promise<number> {
  let inserted = 0;
  for (const a of DEMO_AGENCIES) {
    const parent = a.parentCode
      ? await db.selectFrom("agency").select("id").where("code", "=", a.parentCode).executeTakeFirstOrThrow()
      : undefined;
    const result = await db
      .insertInto("agency")
      .values({
        code: a.code,
        parent_id: parent?.id ?? null,
        name: a.name,
        level: a.level,
        address: a.address,
        duty_officer_name: a.dutyOfficerName ?? null,
        duty_officer_phone: a.dutyOfficerPhone ?? null,
      })
      .onConflict((oc) => oc.column("code").doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

async function insertOfficers(db: Db): Promise<number> {
  const existing = new Set(
    (await db.selectFrom("officer").select("username").execute()).map((r) => r.username),
  );
  const missing = DEMO_OFFICERS.filter((o) => !existing.has(o.username));
  const agencyIds = new Map(
    (await db.selectFrom("agency").select(["id", "code"]).execute()).map((r) => [r.code, r.id]),
  );
  const idOf = (code: string) => {
    const id = agencyIds.get(code);
    if (!id) throw new Error(`Demo data refers to an unknown agency ${code}`);
    return id;
  };
  for (const o of missing) {
    const officer = await db
      .insertInto("officer")
      .values({
        username: o.username,
        full_name: o.fullName,
        agency_id: idOf(o.agencyCode),
        password_hash: await hashPassword(DEMO_PASSWORD),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("officer_role")
      .values(
        o.roles.map((r) => ({ officer_id: officer.id, role: r.role, scope_agency_id: idOf(r.scopeCode) })),
      )
      .execute();
  }
  return missing.length;
}
