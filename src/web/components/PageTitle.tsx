import { useTranslation } from "react-i18next";
import { useSite } from "../site/useSite.ts";

/**
 * The document title of a page: "Page — Province" once the deployment's province is known
 * (React hoists `<title>` into the head and keeps `document.title` in step).
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const { province } = useSite();
  const suffix = province ?? t("site.portalName");
  return <title>{children === suffix ? children : `${children} — ${suffix}`}</title>;
}
