import type { CatalogRecord, ProcedureContent } from "../../../contracts/catalog.ts";

/**
 * A procedure as a record of the import/export file (docs/catalog-import-format.md): the national
 * code, then the content, agencies by their electronic identifiers. Keys in a fixed order so that
 * exported files diff well.
 */
export function recordOf(code: string, content: ProcedureContent, agencyCodes: string[]): CatalogRecord {
  return {
    code,
    name: content.name,
    field: content.field,
    levels: content.levels,
    agencyCodes: [...agencyCodes].sort(),
    applicantTypes: content.applicantTypes,
    serviceLevel: content.serviceLevel,
    processingTime: content.processingTime,
    sameDayCutoff: content.sameDayCutoff,
    supplementLimitDays: content.supplementLimitDays,
    fees: content.fees,
    components: content.components,
    steps: content.steps,
    requirements: content.requirements,
    legalBasis: content.legalBasis,
    resultName: content.resultName,
    digitalSignatureRequired: content.digitalSignatureRequired,
    electronicResult: content.electronicResult,
  };
}

/** True when two records say the same thing (key order and agency order do not matter). */
export function sameRecord(a: CatalogRecord, b: CatalogRecord): boolean {
  return (
    canonicalJson(recordOf(a.code, a, a.agencyCodes)) === canonicalJson(recordOf(b.code, b, b.agencyCodes))
  );
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
