import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isLanguage, languages } from "../i18n/index.ts";

/** Vietnamese / English switch; the choice is remembered in localStorage (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "vi";

  return (
    <SegmentedControl
      data-testid="lang-switch"
      aria-label={t("language.label")}
      size="xs"
      radius="xl"
      color="brand"
      value={current}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={languages.map((language) => ({
        value: language,
        label: <span lang={language}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
