import { z } from "zod";
import { FormDefinition } from "../domain/forms/definition.ts";
import { Problem } from "./problem.ts";

/**
 * Interactive e-forms (CFG-2): the definition format lives in src/domain/forms (shared with the
 * browser); these are the HTTP shapes around it. Definitions in request bodies are checked by
 * `validateFormDefinition`, so that problems come back as 422 with paths such as
 * `sections[1].fields[2].visibleWhen.field`, exactly as the editor shows them.
 */
export { FormDefinition };

const Timestamp = z.string();
const Version = z.coerce.number().int().min(1).max(1_000_000);

export const FormVersionStatus = z.enum(["draft", "published", "retired"]);
export type FormVersionStatus = z.infer<typeof FormVersionStatus>;

export const FormProcedureParams = z.object({ procedureId: z.uuid("mã thủ tục không hợp lệ") });
export const FormVersionParams = FormProcedureParams.extend({ version: Version });

/** A problem of a definition or a submission: where, a stable code, and a Vietnamese message. */
export const FieldIssue = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

/** 422 answers of this API carry every problem with its path and code. */
export const IssuesProblem = Problem.extend({ errors: z.array(FieldIssue).optional() });

const definitionBody = z
  .unknown()
  .meta({ description: "A form definition (schema FormDefinition); checked with path-level errors (422)." });

/** Body of "create a draft": the definition (of the new version). */
export const FormDraftCreate = z.strictObject({ definition: definitionBody });
export type FormDraftCreate = z.infer<typeof FormDraftCreate>;

/** Body of "update a draft": the whole definition and the revision it was edited from. */
export const FormDraftUpdate = z.strictObject({
  definition: definitionBody,
  revision: z.number().int().min(1),
});
export type FormDraftUpdate = z.infer<typeof FormDraftUpdate>;

/** The published e-form of a procedure, for the portal and the counter. */
export const PublishedForm = z.object({
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  version: z.number().int(),
  publishedAt: Timestamp,
  definition: FormDefinition,
});
export type PublishedForm = z.infer<typeof PublishedForm>;

/** One version of an e-form, any status (administration; dossiers read the version they started with). */
export const FormVersionDetail = z.object({
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  version: z.number().int(),
  status: FormVersionStatus,
  /** Pass it back when updating the draft (optimistic concurrency). */
  revision: z.number().int(),
  definition: FormDefinition,
  createdAt: Timestamp,
  /** Full names of officers; null for seed data. */
  createdBy: z.string().nullable(),
  updatedAt: Timestamp,
  updatedBy: z.string().nullable(),
  publishedAt: Timestamp.nullable(),
  publishedBy: z.string().nullable(),
  retiredAt: Timestamp.nullable(),
});
export type FormVersionDetail = z.infer<typeof FormVersionDetail>;

export const FormVersionList = z.object({
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  publishedVersion: z.number().int().nullable(),
  draftVersion: z.number().int().nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: FormVersionStatus,
      revision: z.number().int(),
      title: z.string(),
      fieldCount: z.number().int(),
      createdAt: Timestamp,
      createdBy: z.string().nullable(),
      updatedAt: Timestamp,
      publishedAt: Timestamp.nullable(),
      retiredAt: Timestamp.nullable(),
    }),
  ),
});
export type FormVersionList = z.infer<typeof FormVersionList>;

export const FormOverviewQuery = z.object({
  q: z.string().trim().normalize("NFC").max(200).optional(),
  /** true: only online procedures (full or partial) without a published e-form (CFG-2 gaps). */
  missing: z.enum(["true", "false"]).default("false"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type FormOverviewQuery = z.infer<typeof FormOverviewQuery>;

export const FormOverview = z.object({
  items: z.array(
    z.object({
      procedureId: z.string(),
      procedureCode: z.string(),
      procedureName: z.string(),
      serviceLevel: z.enum(["full_online", "partial_online", "information_only"]),
      /** CFG-2: an online procedure must have a published e-form. */
      needsForm: z.boolean(),
      publishedVersion: z.number().int().nullable(),
      draftVersion: z.number().int().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FormOverview = z.infer<typeof FormOverview>;

// ------------------------------------------------------------------------------ checking data

export const ValidateFormQuery = z.object({
  /** A published or retired version (a dossier keeps the version it started with); default: the published one. */
  version: Version.optional(),
});

export const ValidateFormBody = z.strictObject({
  data: z.unknown().meta({
    description: "What the applicant filled in, keyed by field key (see src/domain/forms/definition.ts).",
  }),
});

/** Exactly what `validateSubmission` answers in the browser. */
export const SubmissionCheck = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    /** Cleaned values: NFC text, hidden fields dropped. */
    values: z.record(z.string(), z.unknown()),
  }),
  z.object({ ok: z.literal(false), errors: z.array(FieldIssue) }),
]);
export type SubmissionCheck = z.infer<typeof SubmissionCheck>;

export const SubmissionCheckResult = z.object({
  procedureId: z.string(),
  version: z.number().int(),
  /** The day the check used for `today` bounds (Vietnam date). */
  today: z.string(),
  result: SubmissionCheck,
});
export type SubmissionCheckResult = z.infer<typeof SubmissionCheckResult>;

// ---------------------------------------------------------------------- administrative units

export const AddressUnitsQuery = z.object({
  /** The province whose communes to list; omitted: provinces only. */
  provinceCode: z.string().trim().max(20).optional(),
});

export const AddressUnits = z.object({
  provinces: z.array(z.object({ code: z.string(), name: z.string() })),
  communes: z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string() })),
});
export type AddressUnits = z.infer<typeof AddressUnits>;
