import type { FinishClass } from "../../../domain/deadline/due.ts";
import type { Actor } from "../../../domain/dossier/actor.ts";
import type { Dossier, HandOverParty } from "../../../domain/dossier/state.ts";
import { AppError } from "../../http/problem.ts";

/**
 * What a renderer needs besides the dossier: who issues the form and the names behind the ids
 * the dossier holds. The caller (a route, a job) loads these; the renderers do no I/O.
 */

/** The agency that issues the form (its one-stop unit for Mẫu 01–03, the processing agency for Mẫu 04). */
export interface IssuingAgency {
  /** Cơ quan chủ quản, the first line of the header, e.g. "UBND tỉnh Vĩnh Phúc"; null for none. */
  readonly superiorName: string | null;
  /** e.g. "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc" or "Bộ phận Một cửa UBND xã …". */
  readonly name: string;
  readonly address: string | null;
  /** The contact phone printed on the form. */
  readonly phone: string | null;
}

export interface DocumentContext {
  readonly agency: IssuingAgency;
  /** The place of the date line: "Vĩnh Phúc, ngày …" (province, or district/commune name). */
  readonly place: string;
  /** Names of agencies and units by id (the workflow's steps, the hand-overs of Mẫu 05). */
  readonly agencyNames?: Readonly<Record<string, string>>;
  /** Officers' full names by officer id. */
  readonly officerNames?: Readonly<Record<string, string>>;
  /** The procedure's name as published, when it should replace the name snapshotted on the dossier. */
  readonly procedureName?: string | null;
  /**
   * REC-9: the office that received the dossier when it is not the competent agency it was
   * received for (a public administrative service centre): it is the one-stop of Mẫu 05 and,
   * as the issuer of Mẫu 01, returns the result; null or absent when the agency received it itself.
   */
  readonly receptionOffice?: string | null;
}

/** A form that does not apply to the dossier in its present state (409 problem+json). */
export function documentNotAvailable(form: string, reason: string): AppError {
  return new AppError(409, "DOCUMENT_NOT_AVAILABLE", `Không lập được ${form}: ${reason}`);
}

export function procedureNameOf(dossier: Dossier, context: DocumentContext): string {
  return context.procedureName?.trim() || dossier.procedure.name;
}

export function agencyName(context: DocumentContext, id: string): string {
  return context.agencyNames?.[id] ?? id;
}

/** An officer's name, or null when unknown (a blank is printed to sign over). */
export function officerName(context: DocumentContext, actor: Actor | null): string | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "officer":
      return context.officerNames?.[actor.officerId] ?? null;
    case "applicant":
      return "Người nộp hồ sơ";
    case "system":
      return "Hệ thống (tự động)";
  }
}

/** Who held the dossier at one end of a hand-over, in words (Mẫu 05). */
export function partyName(dossier: Dossier, context: DocumentContext, party: HandOverParty): string {
  switch (party.kind) {
    case "one_stop":
      return party.agencyId === dossier.receivingAgencyId && context.receptionOffice
        ? context.receptionOffice
        : `Bộ phận Một cửa (${agencyName(context, party.agencyId)})`;
    case "leader":
      return `Lãnh đạo ${agencyName(context, party.agencyId)}`;
    case "step": {
      const step = dossier.workflow.steps[party.index];
      const unit =
        party.unitId === party.agencyId
          ? agencyName(context, party.agencyId)
          : `${agencyName(context, party.unitId)}, ${agencyName(context, party.agencyId)}`;
      return step ? `${unit} (${step.name})` : unit;
    }
  }
}

export const FINISH_LABELS: Readonly<Record<FinishClass, string>> = {
  early: "Trước hạn",
  on_time: "Đúng hạn",
  late: "Quá hạn",
};

/** The agencies of the workflow in order of first appearance: the lead agency first (Mẫu 05, 06). */
export function workflowAgencies(dossier: Dossier): string[] {
  return [...new Set(dossier.workflow.steps.map((step) => step.agencyId))];
}
