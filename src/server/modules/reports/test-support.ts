import { randomUUID } from "node:crypto";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import {
  type Actor,
  allowedCommands,
  applicant,
  type Command,
  type Dossier,
  type DossierEvent,
  formatDossierCode,
  officer,
  transition,
} from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { getPublishedVersion } from "../catalog/get-procedure-version.ts";
import { insertDossier } from "../dossiers/dossier-store.ts";
import { procedureInput, requireWorkflowInForce } from "../dossiers/new-dossier-input.ts";

/**
 * Test harness of the reports (not used by production code): dossiers of Sở Tư pháp's procedure
 * 1.002079 (10 working days) built by the lifecycle itself (src/domain/dossier) at wall-clock
 * times the test chooses (Vietnam time, `YYYY-MM-DDTHH:MM`), then saved through the dossier store
 * so that every column is derived from the state as in production.
 */

export interface ReportFixture {
  db: Db;
  calendar: WorkingCalendar;
  agencyId: string;
  /** Starts a counter (or online) dossier received at `when`; `test` makes it a test dossier (CAN-1). */
  counter(when: string, options?: { test?: boolean }): DossierBuilder;
  /** An online submission at `when`, not yet accepted. */
  online(when: string): DossierBuilder;
}

const FAKE_OFFICER = () => randomUUID();

export async function reportFixture(db: Db): Promise<ReportFixture> {
  const agency = await db
    .selectFrom("agency")
    .select(["id", "code"])
    .where("code", "=", "000.00.06.H56")
    .executeTakeFirstOrThrow();
  const procedure = await db
    .selectFrom("procedure")
    .select("id")
    .where("code", "=", "1.002079")
    .executeTakeFirstOrThrow();
  const version = await getPublishedVersion(db, procedure.id);
  if (!version) throw new Error("procedure 1.002079 is not published in the demo data");
  const workflow = await requireWorkflowInForce(db, procedure.id, agency.id, Date.now());
  const { calendar } = await loadWorkingCalendar(db, agency.id);
  const citizen = await db.selectFrom("citizen").select("id").executeTakeFirstOrThrow();
  let sequence = 0;
  const context: BuilderContext = {
    db,
    calendar,
    agency,
    citizenId: citizen.id,
    procedure: procedureInput(version),
    procedureRow: { id: procedure.id, version: version.version },
    workflow,
    oneStop: officer(FAKE_OFFICER(), "one_stop_officer", agency.id),
    leader: officer(FAKE_OFFICER(), "agency_leader", agency.id),
    control: officer(FAKE_OFFICER(), "procedure_control", agency.id),
    nextSequence: () => {
      sequence += 1;
      return sequence;
    },
  };
  return {
    db,
    calendar,
    agencyId: agency.id,
    counter: (when, options = {}) =>
      new DossierBuilder(context).create(when, "counter", options.test ?? false),
    online: (when) => new DossierBuilder(context).create(when, "online", false),
  };
}

interface BuilderContext {
  db: Db;
  calendar: WorkingCalendar;
  agency: { id: string; code: string };
  citizenId: string;
  procedure: ReturnType<typeof procedureInput>;
  procedureRow: { id: string; version: number };
  workflow: Awaited<ReturnType<typeof requireWorkflowInForce>>;
  oneStop: Actor;
  leader: Actor;
  control: Actor;
  nextSequence(): number;
}

/** One dossier's life, command by command, each at its wall-clock time; `save()` stores it. */
export class DossierBuilder {
  private current: Dossier | null = null;
  private readonly events: DossierEvent[] = [];
  /** The last instant a command was given at (helper commands follow it a minute apart). */
  private last = 0;

  constructor(private readonly ctx: BuilderContext) {}

  get dossier(): Dossier {
    if (!this.current) throw new Error("no dossier yet");
    return this.current;
  }

  create(when: string, channel: "counter" | "online", test: boolean): this {
    const at = vietnamInstant(when);
    const { ctx } = this;
    const base = {
      dossierId: randomUUID(),
      code: formatDossierCode(ctx.agency.code, at, 5000 + ctx.nextSequence()),
      receivingAgency: { id: ctx.agency.id, identifier: ctx.agency.code },
      procedure: ctx.procedure,
      workflow: ctx.workflow.input,
      applicant: {
        kind: "individual" as const,
        name: "Trần Thị Báo Cáo",
        idNumber: "038090001111",
        phone: "0912345678",
        email: null,
        address: "Phường Hạc Thành, tỉnh Thanh Hóa",
      },
      resultDelivery: "counter" as const,
      documents: ["Đơn đề nghị (1 bản chính)"],
      test: test ? { assignmentRef: "Quyết định phân công kiểm thử số 01" } : null,
    };
    const command: Command =
      channel === "online"
        ? {
            ...base,
            type: "submit_online",
            actor: applicant(ctx.citizenId),
            eFormRef: "form:report",
            signature: {
              fileId: "00000000-0000-4000-8000-000000000000",
              commonName: "Test",
              issuer: "Test CA",
            },
          }
        : { ...base, type: "receive", actor: ctx.oneStop, channel: "counter", outcome: { kind: "complete" } };
    return this.apply(command, at);
  }

  /** Applies one command at `when` (or a minute after the previous one); fails the test on a refusal. */
  apply(command: Command, at: number = this.last + 60_000): this {
    const result = transition(this.current, command, at, this.ctx.calendar);
    if (result instanceof DomainError) throw new Error(`${command.type}: ${result.code} ${result.message}`);
    this.current = result.dossier;
    this.events.push(...result.events);
    this.last = at;
    return this;
  }

  at(when: string, command: (builder: this) => Command): this {
    return this.apply(command(this), vietnamInstant(when));
  }

  /** The officer of the step the dossier is at. */
  stepOfficer(): Actor {
    const step = this.dossier.step;
    const role = this.dossier.workflow.steps[step?.index ?? 0]?.role ?? "specialist";
    return officer(FAKE_OFFICER(), role, step?.unitId ?? this.ctx.agency.id);
  }

  acceptOnline(when: string): this {
    return this.at(when, () => ({ type: "accept_online", actor: this.ctx.oneStop }));
  }

  refuseReception(when: string): this {
    return this.at(when, () => ({
      type: "refuse_reception",
      actor: this.ctx.oneStop,
      reason: "Hồ sơ giả mạo",
    }));
  }

  /** From reception to the first processing step (the one-stop hands it over). */
  handOver(when: string): this {
    return this.at(when, () => ({ type: "hand_over", actor: this.ctx.oneStop }));
  }

  /** Through the remaining steps, approval and the result to the one-stop, a minute apart from `when`. */
  toOneStop(when: string): this {
    this.last = vietnamInstant(when) - 60_000;
    if (this.dossier.status === "received") this.apply({ type: "hand_over", actor: this.ctx.oneStop });
    while (this.dossier.status === "in_processing") {
      const actor = this.stepOfficer();
      const submit = allowedCommands(this.dossier, actor, this.last + 60_000, this.ctx.calendar).includes(
        "submit_for_approval",
      );
      this.apply({ type: submit ? "submit_for_approval" : "hand_over", actor });
    }
    const leader = this.ctx.leader;
    this.apply({ type: "approve", actor: leader });
    this.apply({ type: "upload_result", actor: leader, documentNumber: "12/GP", fileRef: "report-test" });
    return this.apply({ type: "send_result", actor: leader });
  }

  /** The one-stop confirms the result at `when`: the finish, classified against the statutory due (CAL-9). */
  finish(when: string): this {
    return this.at(when, () => ({
      type: "confirm_result",
      actor: this.ctx.oneStop,
      latenessReason: "Hồ sơ cần xác minh thêm",
    }));
  }

  /** PRC-7: the leader apologises and sets a new appointment (the statutory due does not move). */
  apologise(when: string, newDue: string): this {
    return this.at(when, () => ({
      type: "issue_apology",
      actor: this.ctx.leader,
      reason: "Chờ ý kiến cơ quan phối hợp",
      newDue: vietnamInstant(newDue),
    }));
  }

  /** PAU-1: paused for fees by the step officer. */
  pause(when: string): this {
    return this.at(when, (b) => ({
      type: "pause",
      actor: b.stepOfficer(),
      reason: "fees",
      proofRef: "tb-phi-01",
      feeAmount: 500_000,
    }));
  }

  /** PRC-5: returned to the applicant for a supplement by the step officer. */
  returnForSupplement(when: string): this {
    return this.at(when, (b) => ({
      type: "return_for_supplement",
      actor: b.stepOfficer(),
      reason: "Thiếu bản sao giấy tờ",
      items: ["Bản sao Căn cước"],
    }));
  }

  /** WDR: the applicant withdraws by letter; forwarded, allowed without the papers back: withdrawn. */
  withdraw(when: string): this {
    this.at(when, () => ({
      type: "request_withdrawal",
      actor: this.ctx.oneStop,
      reason: "Không còn nhu cầu",
      letterRef: "don-rut.pdf",
    }));
    this.apply({ type: "forward_withdrawal", actor: this.ctx.oneStop });
    return this.apply({ type: "allow_withdrawal", actor: this.stepOfficer(), papersBack: false });
  }

  /** CAN-1, CAN-2: cancelled by the control office (a test dossier, or a counter duplicate of `of`). */
  cancel(when: string, duplicateOf?: string): this {
    this.at(when, () => ({
      type: "request_cancellation",
      actor: this.ctx.oneStop,
      ...(duplicateOf
        ? { ground: "duplicate", reason: "Nhập trùng", duplicateCodes: [duplicateOf] }
        : { ground: "test", reason: "Kiểm thử quy trình" }),
    }));
    return this.apply({ type: "approve_cancellation", actor: this.ctx.control });
  }

  /** Stores the dossier and its events through the dossier store (derived columns as in production). */
  async save(): Promise<Dossier> {
    const { ctx } = this;
    const dossier = this.dossier;
    await ctx.db.transaction().execute((trx) =>
      insertDossier(trx, dossier, this.events, ctx.calendar, this.last, {
        procedureId: ctx.procedureRow.id,
        procedureVersion: ctx.procedureRow.version,
        workflowId: ctx.workflow.workflowId,
        workflowVersion: ctx.workflow.version,
        formVersion: null,
        formData: null,
        receptionOfficeId: null,
      }),
    );
    return dossier;
  }
}
