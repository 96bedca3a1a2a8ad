import type { Actor } from "./actor.ts";
import { DossierErrors } from "./errors.ts";
import { isOfficer, text, texts } from "./guards.ts";

/**
 * REC-2 (a) and (b) at the counter or by post create no dossier (no code, no clock): the officer
 * gives guidance to the competent agency (a), or the Mẫu 02 listing everything missing, at once
 * (b). This validates the slip to print and log; (c) refused and (d) complete are the `receive`
 * command. Online dossiers exist from submission: they end with `declare_not_competent` or wait
 * in `awaiting_online_supplement`.
 */
type CounterSlipInput =
  | { readonly kind: "not_competent"; readonly guidance: string; readonly competentAgency?: string | null }
  | { readonly kind: "incomplete"; readonly reason: string; readonly missingItems: readonly string[] };

export type CounterSlip =
  | {
      readonly kind: "not_competent";
      readonly rule: "REC-2";
      readonly guidance: string;
      readonly competentAgency: string | null;
      readonly at: number;
      readonly by: Actor;
    }
  | {
      readonly kind: "incomplete";
      readonly rule: "REC-2";
      readonly form: "mau_02";
      readonly reason: string;
      readonly missingItems: readonly string[];
      readonly at: number;
      readonly by: Actor;
    };

type IncompleteInput = Extract<CounterSlipInput, { kind: "incomplete" }>;

/** Validates a counter outcome (a) or (b); throws the DomainError that names what is missing. */
export function counterSlip(
  input: IncompleteInput,
  actor: Actor,
  receivingAgencyId: string,
  now: number,
): Extract<CounterSlip, { kind: "incomplete" }>;
export function counterSlip(
  input: CounterSlipInput,
  actor: Actor,
  receivingAgencyId: string,
  now: number,
): CounterSlip;
export function counterSlip(
  input: CounterSlipInput,
  actor: Actor,
  receivingAgencyId: string,
  now: number,
): CounterSlip {
  if (!isOfficer(actor) || actor.role !== "one_stop_officer" || actor.agencyId !== receivingAgencyId) {
    throw DossierErrors.notOneStop();
  }
  if (input.kind === "not_competent") {
    const guidance = text(input.guidance);
    if (!guidance)
      throw DossierErrors.fieldRequired("guidance", "Hướng dẫn gửi đến cơ quan có thẩm quyền", "REC-2");
    return {
      kind: "not_competent",
      rule: "REC-2",
      guidance,
      competentAgency: text(input.competentAgency),
      at: now,
      by: actor,
    };
  }
  const reason = text(input.reason);
  if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do hồ sơ chưa đầy đủ", "REC-2");
  const missingItems = texts(input.missingItems);
  if (missingItems.length === 0) throw DossierErrors.itemsRequired("REC-2");
  return { kind: "incomplete", rule: "REC-2", form: "mau_02", reason, missingItems, at: now, by: actor };
}
