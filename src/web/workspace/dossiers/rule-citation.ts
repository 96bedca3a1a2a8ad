import { useTranslation } from "react-i18next";
import { citationOf, citationText } from "../../../domain/rule-citations.ts";

/**
 * A rule ID (problem+json `rule`, an event's or a sub-deadline's rule) as officers read it: the
 * article of the regulation in words ("Khoản 1 Điều 20 Quy chế …"), never the internal ID; null
 * when the rule has no citation (nothing is shown).
 */
export function ruleCitation(rule: string | null | undefined, language: string | undefined): string | null {
  const citation = citationOf(rule);
  return citation ? citationText(citation, language === "en" ? "en" : "vi") : null;
}

/** `ruleCitation` in the current language. */
export function useRuleCitation(): (rule: string | null | undefined) => string | null {
  const { i18n } = useTranslation();
  return (rule) => ruleCitation(rule, i18n.resolvedLanguage);
}
