import { sql } from "kysely";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";

/** The citizen as the API shows them: the identity data of their latest e-ID sign-in. */
export async function loadCitizenProfile(db: Db, citizenId: string): Promise<CitizenProfile | undefined> {
  const row = await db
    .selectFrom("citizen")
    .select([
      "id",
      "kind",
      "full_name",
      "identity_number",
      "identity_level",
      sql<string | null>`to_char(birth_date, 'YYYY-MM-DD')`.as("birth_date"),
      "gender",
      "address",
      "phone",
      "email",
      "organization_tax_code",
      "organization_name",
      "last_sign_in_at",
    ])
    .where("id", "=", citizenId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    fullName: row.full_name,
    identityNumber: row.identity_number,
    identityLevel: row.identity_level,
    identityCountsAsPresented: row.identity_level === 2,
    birthDate: row.birth_date,
    gender: row.gender,
    address: row.address,
    phone: row.phone,
    email: row.email,
    organization:
      row.kind === "organization" && row.organization_tax_code && row.organization_name
        ? { taxCode: row.organization_tax_code, name: row.organization_name }
        : null,
    lastSignInAt: row.last_sign_in_at.toISOString(),
  };
}
