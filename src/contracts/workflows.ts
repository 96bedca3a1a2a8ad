import { z } from "zod";
import { WORKFLOW_ROLES, WorkflowDefinition } from "../domain/workflow/definition.ts";
import { DurationUnit } from "./calendar.ts";
import { FieldIssue, IssuesProblem } from "./forms.ts";

/**
 * Electronic workflows (PRC-1, PRC-4): the definition format lives in src/domain/workflow (shared
 * with the browser's diagram editor); these are the HTTP shapes around it. A workflow belongs to
 * a procedure at an agency; its versions go draft → submitted → approved (by another officer:
 * procedure control or the agency's leader); the approved version in force is "in use".
 */
export { FieldIssue, IssuesProblem, WorkflowDefinition };

const Timestamp = z.string();
const Id = (what: string) => z.uuid(`mã ${what} không hợp lệ`);

export const WorkflowVersionStatus = z.enum(["draft", "submitted", "approved"]);
export type WorkflowVersionStatus = z.infer<typeof WorkflowVersionStatus>;
/**
 * Where a version stands now: being written, awaiting approval, approved and waiting for its
 * effective date, in use for new dossiers, or replaced by a later approved version.
 */
export const WorkflowState = z.enum(["draft", "submitted", "scheduled", "in_use", "superseded"]);
export type WorkflowState = z.infer<typeof WorkflowState>;
export const WorkflowRole = z.enum(WORKFLOW_ROLES);

export const WorkflowParams = z.object({ procedureId: Id("thủ tục"), agencyId: Id("cơ quan") });
export const WorkflowVersionParams = WorkflowParams.extend({
  version: z.coerce.number().int().min(1).max(1_000_000),
});

const definitionBody = z.unknown().meta({
  description: "A workflow definition (schema WorkflowDefinition); checked with path-level errors (422).",
});

export const WorkflowDraftCreate = z.strictObject({ definition: definitionBody });
export type WorkflowDraftCreate = z.infer<typeof WorkflowDraftCreate>;
export const WorkflowDraftUpdate = z.strictObject({
  definition: definitionBody,
  revision: z.number().int().min(1),
});
export type WorkflowDraftUpdate = z.infer<typeof WorkflowDraftUpdate>;

export const ApproveWorkflow = z.strictObject({
  /** From when new dossiers follow it (ISO 8601 with offset); default now; never in the past. */
  effectiveFrom: z.iso
    .datetime({ offset: true, error: "thời điểm phải theo ISO 8601, ví dụ 2026-08-01T00:00:00+07:00" })
    .optional(),
  note: z.string().trim().normalize("NFC").max(2000).optional(),
  /**
   * PRC-1: approve although a step's unit has no active officer with the step's role (otherwise
   * 422 WORKFLOW_STEP_UNSTAFFED): the reason, recorded in the version's history.
   */
  unstaffedReason: z.string().trim().normalize("NFC").min(1).max(2000).optional(),
});
export type ApproveWorkflow = z.infer<typeof ApproveWorkflow>;

export const ReturnWorkflow = z.strictObject({
  /** Why it goes back to its authors (seed 003 Art. 23.2: "nêu rõ lý do"). */
  reason: z.string().trim().normalize("NFC").min(1, "cần nêu rõ lý do trả lại").max(2000),
});
export type ReturnWorkflow = z.infer<typeof ReturnWorkflow>;

const AgencyRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** The statutory time a version was checked against (PRC-1), from the catalog. */
export const StatutoryTimeView = z.object({
  amount: z.number(),
  unit: DurationUnit,
  sameDayCutoff: z.string().nullable(),
  /** The catalog version of the procedure it came from. */
  procedureVersion: z.number().int().nullable(),
});

export const WorkflowTotalView = z.object({
  /** Working minutes, or calendar days (measure). */
  amount: z.number(),
  budget: z.number(),
  measure: z.enum(["working_minutes", "calendar_days"]),
  longestPath: z.array(z.string()),
  /** "9 ngày làm việc". */
  text: z.string(),
  /** "10 ngày làm việc". */
  budgetText: z.string(),
});

export const WorkflowEventView = z.object({
  action: z.enum(["created", "updated", "submitted", "returned", "approved"]),
  at: Timestamp,
  by: z.string().nullable(),
  note: z.string().nullable(),
});

export const WorkflowVersionDetail = z.object({
  workflowId: z.string(),
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  agency: AgencyRef,
  version: z.number().int(),
  status: WorkflowVersionStatus,
  state: WorkflowState,
  /** Pass it back when updating the draft (optimistic concurrency). */
  revision: z.number().int(),
  definition: WorkflowDefinition,
  statutory: StatutoryTimeView,
  total: WorkflowTotalView,
  /** Names of the agencies the steps refer to (units, transfer agencies), by id. */
  agencies: z.record(z.string(), z.string()),
  createdAt: Timestamp,
  createdBy: z.string().nullable(),
  updatedAt: Timestamp,
  updatedBy: z.string().nullable(),
  submittedAt: Timestamp.nullable(),
  submittedBy: z.string().nullable(),
  approvedAt: Timestamp.nullable(),
  approvedBy: z.string().nullable(),
  effectiveFrom: Timestamp.nullable(),
  history: z.array(WorkflowEventView),
});
export type WorkflowVersionDetail = z.infer<typeof WorkflowVersionDetail>;

export const WorkflowVersionSummary = z.object({
  version: z.number().int(),
  status: WorkflowVersionStatus,
  state: WorkflowState,
  revision: z.number().int(),
  stepCount: z.number().int(),
  totalText: z.string(),
  createdAt: Timestamp,
  createdBy: z.string().nullable(),
  updatedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  approvedAt: Timestamp.nullable(),
  approvedBy: z.string().nullable(),
  effectiveFrom: Timestamp.nullable(),
});

export const WorkflowVersionList = z.object({
  /** Null while the procedure has no workflow at this agency. */
  workflowId: z.string().nullable(),
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  agency: AgencyRef,
  inUseVersion: z.number().int().nullable(),
  versions: z.array(WorkflowVersionSummary),
});
export type WorkflowVersionList = z.infer<typeof WorkflowVersionList>;

export const WorkflowListQuery = z.object({
  /** The agency whose workflows to list; omitted: every agency (province-wide roles only). */
  agencyId: Id("cơ quan").optional(),
  procedureId: Id("thủ tục").optional(),
  /** true: only workflows with a version awaiting approval. */
  awaitingApproval: z.enum(["true", "false"]).default("false"),
});
export type WorkflowListQuery = z.infer<typeof WorkflowListQuery>;

export const WorkflowList = z.object({
  items: z.array(
    z.object({
      workflowId: z.string(),
      procedureId: z.string(),
      procedureCode: z.string(),
      procedureName: z.string(),
      agency: AgencyRef,
      inUseVersion: z.number().int().nullable(),
      latestVersion: z.number().int(),
      /** The version being written or awaiting approval, if any. */
      openVersion: z.object({ version: z.number().int(), status: WorkflowVersionStatus }).nullable(),
      /**
       * PRC-1: the steps of the version in use whose unit has no active officer with the step's
       * role now (after account changes); dossiers sent there would be stranded.
       */
      unstaffedSteps: z.array(FieldIssue),
    }),
  ),
});
export type WorkflowList = z.infer<typeof WorkflowList>;

// ------------------------------------------------------------------------------------ public

export const PublicWorkflowQuery = z.object({ agencyId: Id("cơ quan").optional() });

const PublicTask = z.object({
  key: z.string(),
  name: z.string(),
  duration: z.object({ amount: z.number(), unit: DurationUnit }),
  /** The responsible unit. */
  unit: z.object({ id: z.string(), name: z.string() }),
  role: WorkflowRole,
  roleName: z.string(),
  next: z.array(z.string()),
});

/** A step as the public sees it: a task (unit, role), or a transfer to another agency (PRC-4). */
export const PublicWorkflowStep = z.object({
  kind: z.enum(["task", "transfer"]),
  key: z.string(),
  name: z.string(),
  duration: z.object({ amount: z.number(), unit: DurationUnit }),
  next: z.array(z.string()),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: WorkflowRole.nullable(),
  roleName: z.string().nullable(),
  /** For a transfer (liên thông): the agency and what it does within `duration`. */
  transfer: z
    .object({ agency: z.object({ id: z.string(), name: z.string() }), steps: z.array(PublicTask) })
    .nullable(),
});
export type PublicWorkflowStep = z.infer<typeof PublicWorkflowStep>;

/** The workflows in use for a procedure, one per agency, for the procedure page. */
export const PublicWorkflows = z.object({
  procedureId: z.string(),
  procedureCode: z.string(),
  workflows: z.array(
    z.object({
      agency: AgencyRef,
      version: z.number().int(),
      effectiveFrom: Timestamp,
      basis: z.string().nullable(),
      /** "9 ngày làm việc" (longest path) and the statutory time it fits in. */
      totalText: z.string(),
      statutoryText: z.string(),
      steps: z.array(PublicWorkflowStep),
    }),
  ),
});
export type PublicWorkflows = z.infer<typeof PublicWorkflows>;
