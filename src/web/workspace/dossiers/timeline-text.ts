import type { TFunction } from "i18next";
import type { DossierView, TimelineEntry, TimelineFact } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { moneyText, vietnameseAmount } from "../../portal/catalog/format.ts";
import { roleLabelOf } from "../roles.ts";

/**
 * The dossier page's words built from the view's codes, in the reader's language: what an event
 * was, its detail, who did it, how many copies were received, the fees.
 */

/** What happened ("Chuyển xử lý" / "Handed over"), by the entry's key. */
export function eventTitle(entry: Pick<TimelineEntry, "labelKey" | "label">, t: TFunction): string {
  return t(`dossierPage.timeline.events.${entry.labelKey}`, { defaultValue: entry.label });
}

function factText(fact: TimelineFact, t: TFunction): string {
  switch (fact.kind) {
    case "text":
      return fact.text;
    case "toStep":
      return t("dossierPage.timeline.facts.toStep", { step: fact.step });
    case "documentNumber":
      return t("dossierPage.timeline.facts.documentNumber", { number: fact.number });
    case "finish":
      return t(`dossierPage.timeline.handOver.${fact.outcome}`);
    case "amount":
      return t("dossierPage.timeline.facts.amount", { amount: vietnameseAmount(fact.amount) });
    case "pauseReason":
      return t(`dossierCommand.options.${fact.reason}`);
    case "lateEntry":
      return `${t(`dossierPage.timeline.facts.lateEntry.${fact.entry}`)}; ${t(
        "dossierPage.timeline.facts.receivedAt",
        { at: formatMoment(fact.receivedAt) },
      )}`;
  }
}

/** The event's detail ("Đến bước: Thẩm định — Thiếu bản vẽ"), or null when it has none. */
export function factsText(facts: readonly TimelineFact[], t: TFunction): string | null {
  return facts.length === 0 ? null : facts.map((fact) => factText(fact, t)).join(" — ");
}

/** Who did it: "Nguyễn Văn A (Chuyên viên) · Sở Tư pháp", "Người nộp", "Hệ thống". */
export function actorText(actor: TimelineEntry["actor"], t: TFunction): string {
  if (actor.kind !== "officer") return t(`dossierPage.timeline.actors.${actor.kind}`);
  const name = actor.name ?? t("dossierPage.timeline.actors.officer");
  const who = actor.role ? `${name} (${roleLabelOf(actor.role, t)})` : name;
  return actor.agencyName ? `${who} · ${actor.agencyName}` : who;
}

/** "1 bản chính, 2 bản photo" / "1 original, 2 photocopies"; kinds with no copy are left out. */
export function copiesText(
  item: Pick<DossierView["attachments"][number], "originals" | "certifiedCopies" | "photocopies">,
  t: TFunction,
): string {
  const kinds = (["originals", "certifiedCopies", "photocopies"] as const).filter((kind) => item[kind] > 0);
  if (kinds.length === 0) return t("dossierPage.none");
  return kinds.map((kind) => t(`dossierPage.components.${kind}`, { count: item[kind] })).join(", ");
}

/** PAY-1: the fees due, and what was paid — only when something is or was due ("Chưa nộp" until then). */
export function feesFacts(fees: DossierView["fees"], t: TFunction): { label: string; value: string }[] {
  const due = { label: t("dossierPage.applicant.feesDue"), value: moneyText(fees.due, t) };
  if (fees.due === 0 && fees.paid === 0) return [due];
  const paid =
    fees.paid === 0
      ? t("dossierPage.applicant.notPaid")
      : t("catalog.money", { amount: vietnameseAmount(fees.paid) });
  return [due, { label: t("dossierPage.applicant.feesPaid"), value: paid }];
}
