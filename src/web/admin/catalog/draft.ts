import type { z } from "zod";
import { ProcedureDraft, type ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import { normalizePath } from "../../api-client/field-errors.ts";

/** What the version editor holds: the body of "create / update a draft version" as typed. */
export type DraftInput = z.input<typeof ProcedureDraft>;

/** The editable content of a version (agencies by id). */
export function draftOf(detail: ProcedureVersionDetail): DraftInput {
  return {
    name: detail.name,
    field: { ...detail.field },
    levels: [...detail.levels],
    applicantTypes: [...detail.applicantTypes],
    serviceLevel: detail.serviceLevel,
    processingTime: { ...detail.processingTime },
    sameDayCutoff: detail.sameDayCutoff,
    supplementLimitDays: detail.supplementLimitDays,
    fees: detail.fees.map((fee) => ({ ...fee })),
    components: detail.components.map((c) => ({ ...c, template: c.template ? { ...c.template } : null })),
    steps: [...detail.steps],
    requirements: [...detail.requirements],
    legalBasis: detail.legalBasis.map((doc) => ({ ...doc })),
    resultName: detail.resultName,
    digitalSignatureRequired: detail.digitalSignatureRequired,
    electronicResult: detail.electronicResult,
    agencyIds: detail.agencies.map((a) => a.id),
  };
}

/** A new procedure's first content, to fill in. */
export function emptyDraft(): DraftInput {
  return {
    name: "",
    field: { code: "", name: "" },
    levels: ["province"],
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: { amount: 10, unit: "working_days" },
    sameDayCutoff: null,
    supplementLimitDays: 3,
    fees: [],
    components: [],
    steps: [""],
    requirements: [],
    legalBasis: [],
    resultName: "",
    digitalSignatureRequired: false,
    electronicResult: false,
    agencyIds: [],
  };
}

/**
 * The problems of a draft by path (`fees.0.amount`), checked in the browser with the same contract
 * the server uses (so that the form shows them while typing; the server decides).
 */
export function draftProblems(draft: DraftInput): Record<string, string> {
  const parsed = ProcedureDraft.safeParse(draft);
  if (parsed.success) return {};
  const byPath: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = normalizePath(issue.path.map(String).join("."));
    byPath[path] ??= issue.message;
  }
  return byPath;
}
