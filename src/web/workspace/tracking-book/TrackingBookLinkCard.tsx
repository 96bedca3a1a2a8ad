import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";
import { TRACKING_BOOK_PATH } from "./tracking-book-link.ts";

/** On the officer's home page: the way to the tracking book (Mẫu 06). */
export function TrackingBookLinkCard() {
  const { t } = useTranslation();
  return (
    <HomeLinkCard
      to={TRACKING_BOOK_PATH}
      label={t("trackingBook.title")}
      summary={t("trackingBook.homeSummary")}
      data-testid="officer-tracking-book-link"
    />
  );
}
