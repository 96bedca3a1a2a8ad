/**
 * Where each rule of ../shared/spec/RULES.md comes from, in the words of the regulation, so that
 * officers read "Khoản 1 Điều 20 Quy chế …" instead of an internal ID such as "CAN-1". The rule
 * IDs stay the machine's (problem+json `rule`, events, tests); only what is shown changes.
 *
 * Sources (LEGAL-RESEARCH.md §2, §9 and the seed regulations): the provincial regulation of the
 * information system (seed 003, Vĩnh Phúc 2024, the main one), Nghị định 61/2018/NĐ-CP as amended
 * by Nghị định 107/2021/NĐ-CP, Nghị định 45/2020/NĐ-CP, and the Labour Code 2019 for holidays.
 */

/** The regulation of the provincial system (seed 003), which the rules mostly follow. */
const PROVINCIAL = "Quy chế hoạt động của Hệ thống thông tin giải quyết TTHC tỉnh Vĩnh Phúc (2024)";
const DECREE_61 = "Nghị định 61/2018/NĐ-CP";
const DECREE_45 = "Nghị định 45/2020/NĐ-CP";
const LABOUR_CODE = "Bộ luật Lao động 2019";

/** A provision: the article (and clause, point) of an instrument. */
interface Citation {
  readonly article: number;
  readonly clause?: number;
  readonly point?: string;
  readonly instrument: string;
}

const of = (instrument: string) => (article: number, clause?: number, point?: string) => ({
  article,
  instrument,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
});
const provincial = of(PROVINCIAL);
const decree61 = of(DECREE_61);
const decree45 = of(DECREE_45);
const labourCode = of(LABOUR_CODE);

export const RULE_CITATIONS: Readonly<Record<string, Citation>> = {
  "CAL-1": labourCode(105),
  "CAL-2": labourCode(112, 1),
  "CAL-3": labourCode(111, 3),
  "CAL-4": labourCode(112, 3),
  "CAL-6": provincial(15, 2, "a"),
  "CAL-9": provincial(19, 2),
  "CODE-1": decree61(26),
  "CODE-2": decree61(26),
  "CODE-3": provincial(14),
  "REC-1": provincial(15, 1),
  "REC-2": provincial(15, 2, "b"),
  "REC-3": provincial(15, 2, "a"),
  "REC-4": provincial(12),
  "REC-5": provincial(12),
  "REC-6": provincial(15, 3),
  "REC-7": provincial(19, 1),
  "REC-8": decree45(12),
  "REC-9": provincial(15, 1),
  "REC-10": provincial(15, 2, "a"),
  "PRC-1": provincial(23),
  "PRC-2": provincial(16, 1),
  "PRC-3": provincial(16, 2),
  "PRC-4": provincial(16, 1),
  "PRC-5": provincial(16, 3),
  "PRC-6": provincial(16, 3),
  "PRC-7": provincial(16, 4),
  "PRC-8": provincial(16, 4),
  "PRC-9": provincial(5),
  "PAU-1": provincial(17, 2),
  "PAU-2": provincial(17, 2, "b"),
  "PAU-3": provincial(17, 2),
  "WDR-1": provincial(17, 1),
  "WDR-2": provincial(17, 1),
  "WDR-3": provincial(17, 1),
  "WDR-4": provincial(17, 1),
  "RES-1": provincial(19, 2),
  "RES-2": provincial(19, 3),
  "RES-3": provincial(19, 1),
  "RES-4": provincial(19, 1),
  "RES-5": provincial(19, 4),
  "CAN-1": provincial(20, 1),
  "CAN-2": provincial(20, 2),
  "CAN-3": provincial(20, 3),
  "PAY-1": provincial(13),
  "PAY-2": provincial(13),
  "PAY-3": provincial(18, 1),
  "SEC-4": provincial(9),
  "CFG-1": provincial(21),
  "CFG-2": provincial(22),
};

/** The citation of a rule ID, or null for an ID without one (shown as nothing, never as the ID). */
export function citationOf(rule: string | null | undefined): Citation | null {
  return rule ? (RULE_CITATIONS[rule] ?? null) : null;
}

/** "Điểm a khoản 2 Điều 15 Quy chế …" (Vietnamese) or "Article 15(2)(a), Quy chế …" (English). */
export function citationText(citation: Citation, language: "vi" | "en"): string {
  if (language === "en") {
    const clause = citation.clause === undefined ? "" : `(${citation.clause})`;
    const point = citation.point === undefined ? "" : `(${citation.point})`;
    return `Article ${citation.article}${clause}${point}, ${citation.instrument}`;
  }
  const parts = [
    citation.point === undefined ? null : `điểm ${citation.point}`,
    citation.clause === undefined ? null : `khoản ${citation.clause}`,
    `Điều ${citation.article} ${citation.instrument}`,
  ].filter((part): part is string => part !== null);
  const text = parts.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
