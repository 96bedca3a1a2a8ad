import { dayNumberFromCivil, instantAt } from "../../../domain/calendar/dates.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";

/**
 * Which set of forms applies. TT 01/2018/TT-VPCP had six forms; TT 03/2025/TT-VPCP (Phụ lục I)
 * has seven: it adds Mẫu 05 "Thông báo dừng xử lý" and so renumbers the control slip (05 → 06)
 * and the tracking book (06 → 07). A dossier keeps the set in force at its reception, for every
 * form it ever gets (LEGAL-RESEARCH §9). This is the one place that decides it: every renderer
 * prints the number and the circular it is given from here.
 */

export type FormKind =
  | "receipt"
  | "supplement_request"
  | "refusal"
  | "apology"
  | "stop_notice"
  | "control_slip"
  | "tracking_book";

export interface FormSet {
  /** "01/2018/TT-VPCP". */
  readonly circular: string;
  /** "Mẫu số …" of each form of the set; a form the set does not have is absent. */
  readonly numbers: Readonly<Partial<Record<FormKind, string>>>;
}

export const TT_01_2018: FormSet = {
  circular: "01/2018/TT-VPCP",
  numbers: {
    receipt: "01",
    supplement_request: "02",
    refusal: "03",
    apology: "04",
    control_slip: "05",
    tracking_book: "06",
  },
};

export const TT_03_2025: FormSet = {
  circular: "03/2025/TT-VPCP",
  numbers: {
    receipt: "01",
    supplement_request: "02",
    refusal: "03",
    apology: "04",
    stop_notice: "05",
    control_slip: "06",
    tracking_book: "07",
  },
};

/**
 * 00:00 of 15/9/2025, Vietnam time: TT 03/2025/TT-VPCP, the date LEGAL-RESEARCH §0 and §9 give
 * (UNCONFIRMED whether it is the date of issue or of entry into force: change it here alone).
 */
export const TT_03_2025_FROM = instantAt(dayNumberFromCivil(2025, 9, 15), 0);

/** The set in force at an instant. */
export function formSetAt(instant: number): FormSet {
  return instant < TT_03_2025_FROM ? TT_01_2018 : TT_03_2025;
}

/**
 * The set of a dossier: the one in force at its reception (official reception; a dossier never
 * received, e.g. refused at reception, by its submission).
 */
export function formSetOf(dossier: Pick<Dossier, "receivedAt" | "submittedAt">): FormSet {
  return formSetAt(dossier.receivedAt ?? dossier.submittedAt);
}

/** The form's number in the set ("05"), or null when the set has no such form. */
export function formNumber(set: FormSet, kind: FormKind): string | null {
  return set.numbers[kind] ?? null;
}

/** What a form cites: its number and the circular of its set. */
export interface FormMark {
  readonly set: FormSet;
  readonly kind: FormKind;
}

/** "Mẫu số 06" (a form missing from its set has no number: the caller refuses it before). */
export function formNumberLine(mark: FormMark): string {
  return `Mẫu số ${formNumber(mark.set, mark.kind) ?? "…"}`;
}

/** "(Ban hành kèm theo Thông tư số 03/2025/TT-VPCP của Văn phòng Chính phủ)". */
export function legalBasisLine(mark: FormMark): string {
  return `(Ban hành kèm theo Thông tư số ${mark.set.circular} của Văn phòng Chính phủ)`;
}

/** The PDF's subject: "Mẫu số 06, Thông tư 03/2025/TT-VPCP". */
export function formSubject(mark: FormMark): string {
  return `${formNumberLine(mark)}, Thông tư ${mark.set.circular}`;
}
