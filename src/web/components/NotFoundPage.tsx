import { Anchor, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "./PageTitle.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl">
      <PageTitle>{t("notFound.title")}</PageTitle>
      <Title order={1} fz="h2">
        {t("notFound.title")}
      </Title>
      <Text mt="sm">{t("notFound.body")}</Text>
      <Anchor component={Link} to="/" mt="md" display="inline-block">
        {t("notFound.backHome")}
      </Anchor>
    </Paper>
  );
}
