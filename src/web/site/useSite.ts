import { useContext } from "react";
import { useTranslation } from "react-i18next";
import type { PublicSite } from "../../contracts/site.ts";
import { SiteContext, type SiteState } from "./site-context.ts";

export interface SiteInfo {
  state: SiteState;
  site: PublicSite | null;
  /** The province's name in the current language (`provinceNameEn` in English); null until loaded. */
  province: string | null;
  /** The agency running the system, in the current language (`operatorNameEn` in English). */
  operator: string | null;
  /** Office hours as people read them, in the current language (`officeHoursEn` in English). */
  officeHours: string | null;
}

export function useSite(): SiteInfo {
  const state = useContext(SiteContext);
  const { i18n } = useTranslation();
  if (state.status !== "ready")
    return { state, site: null, province: null, operator: null, officeHours: null };
  const { site } = state;
  const english = i18n.resolvedLanguage === "en";
  return {
    state,
    site,
    province: english ? site.provinceNameEn : site.provinceName,
    operator: english ? site.operatorNameEn : site.operatorName,
    officeHours: english ? site.officeHoursEn : site.officeHours,
  };
}
