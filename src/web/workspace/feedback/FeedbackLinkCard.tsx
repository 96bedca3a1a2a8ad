import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";

export const OFFICER_FEEDBACK_PATH = "/can-bo/phan-anh-kien-nghi";

/** On the officer's home page: the way to the agency's feedback and petitions (SAT-3). */
export function FeedbackLinkCard() {
  const { t } = useTranslation();
  return (
    <HomeLinkCard
      to={OFFICER_FEEDBACK_PATH}
      label={t("satisfaction.officer.homeLink")}
      summary={t("satisfaction.officer.homeDescription")}
      data-testid="officer-feedback-link"
    />
  );
}
