import { Anchor, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TRACKING_BOOK_PATH } from "./tracking-book-link.ts";

/** On the officer's home page: the way to the tracking book (Mẫu 06). */
export function TrackingBookLinkCard() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      mt="lg"
      component="nav"
      aria-label={t("trackingBook.title")}
    >
      <Anchor component={Link} to={TRACKING_BOOK_PATH} fw={700} data-testid="officer-tracking-book-link">
        {t("trackingBook.title")}
      </Anchor>
      <Text fz="sm" c="gray.7">
        {t("trackingBook.homeSummary")}
      </Text>
    </Paper>
  );
}
