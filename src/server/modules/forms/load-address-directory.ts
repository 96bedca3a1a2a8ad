import type { AddressDirectory } from "../../../domain/forms/address.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import type { Db } from "../../db/database.ts";

/**
 * The part of the administrative-unit directory a submission needs: every province, and the
 * communes of the provinces it names plus the communes it names (so that a commune of another
 * province is reported as such, not as unknown).
 */
export async function loadAddressDirectory(
  db: Db,
  provinceCodes: readonly string[],
  communeCodes: readonly string[] = [],
): Promise<AddressDirectory> {
  const provinces = await db
    .selectFrom("administrative_unit")
    .select(["code", "name"])
    .where("level", "=", "province")
    .orderBy("name")
    .execute();
  const communes =
    provinceCodes.length + communeCodes.length === 0
      ? []
      : await db
          .selectFrom("administrative_unit")
          .select(["code", "name", "province_code"])
          .where("level", "=", "commune")
          .where((eb) =>
            eb.or([
              ...(provinceCodes.length ? [eb("province_code", "in", [...provinceCodes])] : []),
              ...(communeCodes.length ? [eb("code", "in", [...communeCodes])] : []),
            ]),
          )
          .orderBy("name")
          .execute();
  return {
    provinces,
    communes: communes.map((c) => ({ code: c.code, name: c.name, provinceCode: c.province_code ?? "" })),
  };
}

const MAX_CODES = 200;

/** The province and commune codes the address fields of a submission name (at most 200 of each). */
export function addressCodesIn(
  definition: FormDefinition,
  data: unknown,
): { provinces: string[]; communes: string[] } {
  const provinces = new Set<string>();
  const communes = new Set<string>();
  const collect = (value: unknown) => {
    if (!value || typeof value !== "object") return;
    const { provinceCode, communeCode } = value as Record<string, unknown>;
    if (typeof provinceCode === "string" && provinces.size < MAX_CODES) provinces.add(provinceCode.trim());
    if (typeof communeCode === "string" && communes.size < MAX_CODES) communes.add(communeCode.trim());
  };
  const record = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === "address") collect(record[field.key]);
      if (field.type !== "group") continue;
      const items = record[field.key];
      if (!Array.isArray(items)) continue;
      const addressKeys = field.fields.filter((f) => f.type === "address").map((f) => f.key);
      for (const item of items.slice(0, 100)) {
        if (item && typeof item === "object")
          for (const key of addressKeys) collect((item as Record<string, unknown>)[key]);
      }
    }
  }
  return { provinces: [...provinces].filter(Boolean), communes: [...communes].filter(Boolean) };
}
