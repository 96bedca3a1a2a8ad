import { createHash } from "node:crypto";
import type { ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { DossierView } from "../../../contracts/dossiers.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { workingDays } from "../../../domain/deadline/duration.ts";
import {
  type CreationCommand,
  type ProcedureInput,
  transition,
  type WorkflowInput,
} from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { Db } from "../../db/database.ts";
import type { AttachmentPurpose } from "../../db/schema/dossiers.ts";
import { AppError } from "../../http/problem.ts";
import { canonicalJson } from "../audit/audit-hash.ts";
import { getPublishedVersion } from "../catalog/get-procedure-version.ts";
import { validateFormData } from "../forms/validate-form-data.ts";
import { getWorkflowInUse } from "../workflows/get-workflow-in-use.ts";
import { allocateDossierCode } from "./allocate-code.ts";
import { insertDossier, inTransaction, UUID } from "./dossier-store.ts";
import { loadDossierView } from "./dossier-view.ts";
import {
  claimIdempotencyKey,
  type IdempotencyKey,
  recordIdempotentAnswer,
  storeLateAnswer,
} from "./idempotency.ts";
import { workflowSnapshot } from "./workflow-snapshot.ts";

/**
 * What reception at the counter (REC-2) and online submission (REC-4) share: the published
 * procedure version offered by the receiving agency, the approved workflow in force there
 * (PRC-1), the e-form data checked against the published e-form (the same check as in the
 * browser), the components received against the catalog's list, and the creation itself: code
 * allocation (CODE-1), transition, row, first event and attachments in one transaction.
 */

interface AgencyInfo {
  id: string;
  code: string;
  name: string;
}

export async function requireReceivingAgency(db: Db, agencyId: string): Promise<AgencyInfo> {
  const agency = UUID.test(agencyId)
    ? await db
        .selectFrom("agency")
        .select(["id", "code", "name"])
        .where("id", "=", agencyId)
        .executeTakeFirst()
    : undefined;
  if (!agency) throw new AppError(404, "AGENCY_NOT_FOUND", "Không tìm thấy cơ quan đã chọn.");
  return agency;
}

/** The published version of the procedure, which the agency must offer (else REC-2 a). */
export async function requireOfferedProcedure(
  db: Db,
  procedureId: string,
  agencyId: string,
): Promise<ProcedureVersionDetail> {
  const procedure = UUID.test(procedureId) ? await getPublishedVersion(db, procedureId) : undefined;
  if (!procedure) {
    throw new AppError(404, "PROCEDURE_NOT_FOUND", "Không tìm thấy thủ tục hành chính đang được công bố.");
  }
  if (!procedure.agencies.some((agency) => agency.id === agencyId)) {
    throw new AppError(
      422,
      "PROCEDURE_NOT_OFFERED",
      "Cơ quan này không thực hiện thủ tục đã chọn: hướng dẫn người nộp đến cơ quan có thẩm quyền.",
    );
  }
  return procedure;
}

export function procedureInput(procedure: ProcedureVersionDetail): ProcedureInput {
  return {
    id: procedure.procedureId,
    version: procedure.version,
    code: procedure.code,
    name: procedure.name,
    processingTime: { amount: procedure.processingTime.amount, unit: procedure.processingTime.unit },
    sameDayCutoff: procedure.sameDayCutoff,
    supplementReturnLimit: workingDays(procedure.supplementLimitDays),
    signatureRequired: procedure.digitalSignatureRequired,
  };
}

export interface WorkflowInForce {
  workflowId: string;
  version: number;
  input: WorkflowInput;
}

/** PRC-1: the approved workflow in force at the agency; the dossier keeps this version. */
export async function requireWorkflowInForce(
  db: Db,
  procedureId: string,
  agencyId: string,
  now: number,
): Promise<WorkflowInForce> {
  const workflow = await getWorkflowInUse(db, procedureId, agencyId, now);
  if (!workflow) {
    throw new DomainError(
      "WORKFLOW_NOT_APPROVED",
      "Thủ tục chưa có quy trình điện tử được phê duyệt tại cơ quan này, nên chưa tiếp nhận được hồ sơ.",
      { rule: "PRC-1" },
    );
  }
  return {
    workflowId: workflow.workflowId,
    version: workflow.version,
    input: workflowSnapshot({
      workflowId: workflow.workflowId,
      version: workflow.version,
      agencyId,
      definition: workflow.definition,
    }),
  };
}

/** REC-4 / CFG-2: the data checked on the server against the published e-form; 422 with every problem. */
export async function checkFormData(
  db: Db,
  procedureId: string,
  data: Record<string, unknown> | null,
  required: boolean,
  now: number,
): Promise<{ version: number; data: Record<string, unknown> } | null> {
  const published = await db
    .selectFrom("form_version")
    .select("version")
    .where("procedure_id", "=", procedureId)
    .where("status", "=", "published")
    .executeTakeFirst();
  if (!published) {
    if (required) {
      throw new DomainError(
        "EFORM_REQUIRED",
        "Thủ tục chưa có biểu mẫu điện tử được công bố để nộp trực tuyến.",
        {
          rule: "REC-4",
        },
      );
    }
    if (data !== null) {
      throw new AppError(422, "FORM_NOT_PUBLISHED", "Thủ tục này không có biểu mẫu điện tử để nhập dữ liệu.");
    }
    return null;
  }
  if (data === null) {
    if (required) {
      throw new DomainError("EFORM_REQUIRED", "Cần khai biểu mẫu điện tử của thủ tục.", { rule: "REC-4" });
    }
    return null;
  }
  const checked = await validateFormData(db, procedureId, data, published.version, now);
  if (!checked.result.ok) {
    throw new DomainError("FORM_DATA_INVALID", "Biểu mẫu điện tử khai chưa đúng; xem từng lỗi bên dưới.", {
      rule: "REC-4",
      details: { errors: checked.result.errors },
    });
  }
  return { version: checked.version, data: checked.result.values };
}

/** REC-4: the e-form data the dossier keeps, referred to by its SHA-256 in the creating event (the hash chain covers it). */
export function eFormRefOf(
  procedureId: string,
  form: { version: number; data: Record<string, unknown> },
): string {
  const hash = createHash("sha256").update(canonicalJson(form.data)).digest("hex");
  return `form:${procedureId}:v${form.version}:sha256:${hash}`;
}

interface ComponentInput {
  index: number;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  fileId: string | null;
  /** REC-2: the original shown at the counter for comparison, handed back (not online). */
  shownForComparison?: boolean;
}

interface AttachmentInput {
  purpose: AttachmentPurpose;
  componentIndex: number | null;
  componentName: string | null;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  fileId: string | null;
  shownForComparison: boolean;
}

/**
 * The components received against the catalog's list: each known and given once (online, where
 * each entry is one uploaded file, a component may come as several files: its pages as images);
 * with `requireAll` (a complete dossier) every required component present (on paper, as a file,
 * or, for one that is only shown, listed). Returns the attachments and the lifecycle's document
 * list (one line per component).
 */
export function checkComponents(
  procedure: ProcedureVersionDetail,
  components: readonly ComponentInput[],
  requireAll: { rule: string; online: boolean } | null,
): { attachments: AttachmentInput[]; documents: string[] } {
  const seen = new Set<number>();
  const severalFiles = requireAll?.online === true;
  const attachments = components.map((given) => {
    const component = procedure.components[given.index];
    const repeated = seen.has(given.index) && !(severalFiles && given.fileId);
    if (!component || repeated) {
      throw new AppError(
        422,
        "COMPONENT_UNKNOWN",
        `Thành phần hồ sơ số ${given.index + 1} không có trong danh mục của thủ tục hoặc bị kê trùng.`,
      );
    }
    seen.add(given.index);
    return {
      purpose: "component" as const,
      componentIndex: given.index,
      componentName: component.name,
      originals: given.originals,
      certifiedCopies: given.certifiedCopies,
      photocopies: given.photocopies,
      fileId: given.fileId,
      shownForComparison: given.shownForComparison ?? false,
    };
  });
  if (requireAll) {
    const missing = procedure.components.filter((component, index) => {
      if (!component.required) return false;
      const expectsPaper = component.originals + component.certifiedCopies + component.photocopies > 0;
      const given = attachments.find((a) => a.componentIndex === index);
      if (requireAll.online) return expectsPaper && !given?.fileId;
      if (!given) return true;
      return (
        expectsPaper && given.originals + given.certifiedCopies + given.photocopies === 0 && !given.fileId
      );
    });
    if (missing.length > 0) {
      throw new DomainError(
        "COMPONENTS_MISSING",
        `Hồ sơ còn thiếu thành phần bắt buộc: ${missing.map((c) => c.name).join("; ")}.`,
        { rule: requireAll.rule, details: { missing: missing.map((c) => c.name) } },
      );
    }
  }
  const firsts = attachments.filter(
    (a, i) => attachments.findIndex((b) => b.componentIndex === a.componentIndex) === i,
  );
  return {
    attachments,
    documents: firsts.map((a) =>
      describe(a, attachments.filter((b) => b.componentIndex === a.componentIndex).length),
    ),
  };
}

function describe(a: AttachmentInput, files: number): string {
  const parts = [
    a.originals ? `${a.originals} bản chính` : null,
    a.certifiedCopies ? `${a.certifiedCopies} bản sao chứng thực` : null,
    a.photocopies ? `${a.photocopies} bản chụp` : null,
    a.fileId ? (files > 1 ? `bản điện tử, ${files} tệp` : "bản điện tử") : null,
    a.shownForComparison ? "bản chính xuất trình để đối chiếu" : null,
  ].filter(Boolean);
  return `${a.componentName} (${parts.length ? parts.join(", ") : "xuất trình"})`;
}

interface Creation {
  agency: AgencyInfo;
  calendar: WorkingCalendar;
  now: number;
  /** SEC-4 / REC-6: the real reception instant of a late entry, whose date the code carries (default `now`). */
  receivedAt?: number;
  idempotency: IdempotencyKey | null;
  /** The viewer of the answer (its allowed commands), or null for a citizen. */
  viewerOfficerId: string | null;
  procedure: ProcedureVersionDetail;
  workflow: WorkflowInForce;
  form: { version: number; data: Record<string, unknown> } | null;
  attachments: readonly AttachmentInput[];
  /** REC-9: the one-stop office of the receiving officer (counter, post); null online. */
  receptionOfficeId: string | null;
  /** REC-10: the national dossier code of a dossier submitted on the national portal. */
  nationalCode?: string;
  /** The creating command, given the code allocated. */
  command(code: string): CreationCommand;
  /** The answer (the citizen's is their view of the dossier). */
  answer?(trx: Db, dossierId: string): Promise<unknown>;
  /** What else commits with the dossier, in its transaction (REC-10: the submission it comes from). */
  alsoInTransaction?(trx: Db, dossierId: string): Promise<void>;
}

/**
 * The creating transaction: the idempotency key, the code (CODE-1, the counter row locked until
 * commit), the transition, the row with its first event, the attachments. A refusal rolls it all
 * back, the code's number included. The answer (the dossier view) is built after the commit, so
 * that the agency's code counter is locked only for the few statements of the creation itself;
 * with an idempotency key it is then stored with the key (a repeat that comes before it is stored,
 * or after a crash in between, gets it rebuilt from the dossier the key points to).
 */
export async function createDossier(db: Db, creation: Creation): Promise<unknown> {
  const created = await inTransaction(db, async (trx) => {
    if (creation.idempotency) {
      const stored = await claimIdempotencyKey(trx, creation.idempotency);
      if (stored) return { stored };
    }
    const code = await allocateDossierCode(trx, creation.agency, creation.receivedAt ?? creation.now);
    const result = transition(null, creation.command(code), creation.now, creation.calendar);
    if (result instanceof DomainError) throw result;
    const dossier = result.dossier;
    await insertDossier(trx, dossier, result.events, creation.calendar, creation.now, {
      procedureId: creation.procedure.procedureId,
      procedureVersion: creation.procedure.version,
      workflowId: creation.workflow.workflowId,
      workflowVersion: creation.workflow.version,
      formVersion: creation.form?.version ?? null,
      formData: creation.form?.data ?? null,
      receptionOfficeId: creation.receptionOfficeId,
      nationalCode: creation.nationalCode ?? null,
    });
    if (creation.attachments.length > 0) {
      await trx
        .insertInto("dossier_attachment")
        .values(
          creation.attachments.map((a) => ({
            dossier_id: dossier.id,
            dossier_version: dossier.version,
            purpose: a.purpose,
            component_index: a.componentIndex,
            component_name: a.componentName,
            originals: a.originals,
            certified_copies: a.certifiedCopies,
            photocopies: a.photocopies,
            file_id: a.fileId,
            shown_for_comparison: a.shownForComparison,
          })),
        )
        .execute();
    }
    await creation.alsoInTransaction?.(trx, dossier.id);
    if (creation.idempotency) {
      await recordIdempotentAnswer(trx, creation.idempotency, {
        status: 201,
        response: null,
        dossierId: dossier.id,
        version: dossier.version,
      });
    }
    return { dossierId: dossier.id };
  });
  if (created.stored) {
    if (created.stored.response !== null) return created.stored.response;
    if (!created.stored.dossierId) throw new Error("an idempotency key without its dossier");
    return answerOf(db, creation, created.stored.dossierId);
  }
  const answer = await answerOf(db, creation, created.dossierId as string);
  if (creation.idempotency) {
    // Best effort: without it, a repeat rebuilds the answer from the dossier the key points to.
    await storeLateAnswer(db, creation.idempotency, answer).catch(() => undefined);
  }
  return answer;
}

async function answerOf(db: Db, creation: Creation, dossierId: string): Promise<unknown> {
  if (creation.answer) return creation.answer(db, dossierId);
  return {
    kind: "dossier",
    dossier: await loadDossierView(db, dossierId, creation.viewerOfficerId, creation.now),
  } satisfies { kind: "dossier"; dossier: DossierView };
}
