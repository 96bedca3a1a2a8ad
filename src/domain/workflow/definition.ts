import { z } from "zod";
import { DURATION_UNITS } from "../deadline/duration.ts";
import { OFFICER_ROLES, type OfficerRole } from "../roles.ts";

/**
 * The electronic workflow of a procedure at an agency (quy trình điện tử, PRC-1; seed 003 Art. 23):
 * ordered steps, each done by an officer of a given role in a responsible unit within a duration.
 * A `transfer` step hands the dossier over to another agency (liên thông, PRC-4), which works
 * through its own sub-workflow within the time allotted to it; that time is tracked separately.
 *
 * Flow: a step goes on to the steps named in `next` (a branch when there are several, e.g. "needs
 * the tax office's opinion or not"), by default to the step after it; `next: []` ends the
 * workflow. A step may only go forward, so a workflow never loops; the time it takes is that of
 * its longest path.
 */
const WORKFLOW_SCHEMA_VERSION = 1;

/** The seven roles of the system (a step is done by officers holding this role over its unit). */
export const WORKFLOW_ROLES = OFFICER_ROLES;
export type WorkflowRole = OfficerRole;

export const ROLE_NAMES: Record<WorkflowRole, string> = {
  one_stop_officer: "Cán bộ một cửa",
  specialist: "Chuyên viên",
  unit_head: "Lãnh đạo phòng",
  agency_leader: "Lãnh đạo cơ quan",
  procedure_control: "Kiểm soát thủ tục hành chính",
  system_admin: "Quản trị hệ thống",
  operator: "Đơn vị vận hành",
};

export const STEP_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const StepKey = z
  .string()
  .regex(STEP_KEY, "mã bước gồm chữ thường không dấu, chữ số, gạch ngang, gạch dưới (tối đa 64 ký tự)");
const AgencyId = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    "mã cơ quan, đơn vị không hợp lệ",
  );
const text = (max: number) =>
  z.string().trim().normalize("NFC").min(1, "không được để trống").max(max, `không quá ${max} ký tự`);
const optionalText = (max: number) =>
  z.string().trim().normalize("NFC").max(max, `không quá ${max} ký tự`).optional();

/** A duration (CAL-5); half days and calendar days are whole numbers. */
const StepDuration = z
  .strictObject({
    amount: z
      .number()
      .refine(Number.isFinite, "phải là số hữu hạn")
      .min(0, "thời gian không được âm")
      .max(3650, "thời gian quá dài"),
    unit: z.enum(DURATION_UNITS, "đơn vị là working_days, working_hours, half_days hoặc calendar_days"),
  })
  .superRefine((duration, ctx) => {
    if (
      (duration.unit === "half_days" || duration.unit === "calendar_days") &&
      !Number.isInteger(duration.amount)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "CAL-5: thời gian tính theo nửa ngày hoặc ngày lịch phải là số nguyên",
        params: { code: "DURATION_NOT_WHOLE" },
      });
    }
  });

const common = {
  key: StepKey,
  name: text(300),
  description: optionalText(2000),
  /** Steps this one goes on to; omitted: the next step in the list (none after the last). */
  next: z.array(StepKey).max(10, "tối đa 10 nhánh").optional(),
  duration: StepDuration,
};

export const TaskStep = z.strictObject({
  ...common,
  kind: z.literal("task"),
  /** The responsible unit (an agency of the agency tree: a department, a unit, the one-stop centre). */
  unitId: AgencyId,
  role: z.enum(WORKFLOW_ROLES, `vai trò phải là một trong: ${WORKFLOW_ROLES.join(", ")}`),
});
export type TaskStep = z.infer<typeof TaskStep>;

export const TransferStep = z.strictObject({
  ...common,
  kind: z.literal("transfer"),
  /** The agency the dossier passes to (PRC-4). `duration` is the time allotted to it. */
  agencyId: AgencyId,
  /** What that agency does, within `duration`. */
  steps: z.array(TaskStep).min(1, "cơ quan liên thông cần ít nhất một bước").max(30, "tối đa 30 bước"),
});
export type TransferStep = z.infer<typeof TransferStep>;

export const WorkflowStep = z.discriminatedUnion("kind", [TaskStep, TransferStep]);
export type WorkflowStep = z.infer<typeof WorkflowStep>;

export const WorkflowDefinition = z.strictObject({
  schemaVersion: z.literal(WORKFLOW_SCHEMA_VERSION, `chỉ hỗ trợ schemaVersion ${WORKFLOW_SCHEMA_VERSION}`),
  /** The decision approving the internal procedure it implements (Art. 23.1), e.g. "Quyết định số 123/QĐ-UBND". */
  basis: optionalText(500),
  steps: z.array(WorkflowStep).min(1, "quy trình cần ít nhất một bước").max(50, "tối đa 50 bước"),
});
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;
export type WorkflowDefinitionInput = z.input<typeof WorkflowDefinition>;
