import { Anchor, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RECEPTION_PATH } from "./reception-paths.ts";

/** On the officer's home page, for one-stop officers: the way to the counter's reception. */
export function ReceptionLinkCard() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      mt="lg"
      component="nav"
      aria-labelledby="officer-reception"
    >
      <Title order={2} fz="h3" id="officer-reception" mb="sm">
        {t("receptionArea.title")}
      </Title>
      <Anchor component={Link} to={RECEPTION_PATH} fw={700} data-testid="officer-reception-link">
        {t("counterReception.homeLink")}
      </Anchor>
      <Text fz="sm" c="gray.7">
        {t("counterReception.homeSummary")}
      </Text>
    </Paper>
  );
}
